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
#include "parser/parse.h"
#include "util/diag.h"
#include "util/intern.h"
#include "util/mem.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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
    Node *file = parse_file("fuzz.go", src, len, &arena, &in, &diag);
    if (file) {
        types_init();
        checker_init(&checker, &arena, &in, &diag);
        check_main(&checker, file);
        checker_free(&checker);
    }
    diag_flush(&diag, out);
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
