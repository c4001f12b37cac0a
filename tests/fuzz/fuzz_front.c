/*
 * fuzz_front.c — libFuzzer target for the front end: lexer, parser and type
 * checker run on the input bytes exactly as `golite check` runs them.
 *
 * Every input is one compilation with its own arena, interner, diagnostics
 * and checker, all released before returning, so LeakSanitizer sees a leak in
 * any of them. Diagnostics are printed to a memory stream rather than thrown
 * away, so diag_flush's formatting and sorting run too. The target keeps no
 * state between inputs: a crash reproduces from its input alone, and
 * tests/fuzz/replay.c can drive the same function without libFuzzer.
 *
 * The input is used in place, without a terminating NUL: the lexer promises
 * never to read src[len], and AddressSanitizer holds it to that.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "compiler/check.h"
#include "compiler/flow.h"
#include "parser/parse.h"
#include "util/diag.h"
#include "util/intern.h"
#include "util/mem.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A compilation that fails must say why: parse_file returns NULL only after
 * a syntax error, and check_main returns NULL exactly when it reported an
 * error itself (lexical errors before it do not stop checking). A break of
 * either rule is `golite check` exiting 1 without a message. */
static void expect(int ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz_front: %s\n", what);
        abort();
    }
}

/* Mirrors cli/main.c's compile() and release() for `golite check`. */
static void check_source(const char *src, size_t len, FILE *out)
{
    Arena arena;
    Interner in;
    Diag diag;
    Checker checker;

    arena_init(&arena);
    intern_init(&in, &arena);
    diag_init(&diag, "fuzz.go");
    int nsyntax;
    Node *file = parse_file_tree("fuzz.go", src, len, &arena, &in, &diag, &nsyntax);
    expect((file != NULL && nsyntax == 0) || diag_count(&diag) > 0, "parse_file failed without an error");
    if (nsyntax > 0 || !file) {
        if (file)
            flow_check_clean_branches(&diag, &arena, file);    /* walks a recovered tree */
        diag_flush(&diag, out);
    } else {
        int lex_errors = diag_count(&diag);
        types_init();
        checker_init(&checker, &arena, &in, &diag);
        Package *pkg = check_main(&checker, file);
        expect((pkg != NULL) == (diag_count(&diag) == lex_errors),
               "check_main's result disagrees with its errors");
        if (!pkg || diag_count(&diag) > 0)
            diag_flush(&diag, out);
        checker_free(&checker);
    }
    diag_free(&diag);
    intern_free(&in);
    arena_free(&arena);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = NULL;
    size_t text_len = 0;
    FILE *out = open_memstream(&text, &text_len);
    if (!out)
        return 0;
    check_source((const char *)data, size, out);
    fclose(out);
    free(text);
    return 0;
}
