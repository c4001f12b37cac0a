/*
 * flow_test.c — unit test of compiler/flow.c: terminating statements and
 * branch placement, on parsed Go snippets.
 *
 * Each case is a small file; the expected output is go 1.19's, as printed by
 * `go build -gcflags=-e` on the same text saved as x.go (its "./x.go" prefix
 * dropped), one error per line, sorted. Type checking is not run: the test
 * supplies its own panic oracle, a call of the plain identifier panic with
 * one argument, except where a case shadows panic on purpose.
 *
 * Run with a file argument, it prints the flow errors of that file instead
 * (a debugging aid for comparing against go). With --emit DIR it writes the
 * cases out as DIR/NNN.go with the expected errors in DIR/NNN.want, for
 * checking them against real go.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/flow.h"
#include "parser/parse.h"
#include "util/buf.h"

static int npass, nfail;

/* The oracle: panic(x), unless the test declares that panic is shadowed. */
static int syntactic_panic(void *ctx, const Node *call)
{
    int shadowed = ctx != NULL && *(int *)ctx;
    const Node *f = call->x;
    while (f->kind == N_PAREN)
        f = f->x;
    return !shadowed && f->kind == N_IDENT && strcmp(f->name, "panic") == 0 &&
           call->list.n == 1;
}

static int has_results(const Node *ftype)
{
    return ftype->list2.n > 0;
}

/* Every function with results, literals included, as the checker would. */
static void check_returns(Diag *d, const Node *n, void *ctx)
{
    if (n == NULL)
        return;
    check_returns(d, n->x, ctx);
    check_returns(d, n->y, ctx);
    check_returns(d, n->z, ctx);
    check_returns(d, n->w, ctx);
    for (int i = 0; i < n->list.n; i++)
        check_returns(d, n->list.v[i], ctx);
    for (int i = 0; i < n->list2.n; i++)
        check_returns(d, n->list2.v[i], ctx);
    if (n->kind == N_FUNCDECL && n->w != NULL && has_results(n->z))
        flow_check_return(d, n->w, syntactic_panic, ctx);
    else if (n->kind == N_FUNCLIT && has_results(n->x))
        flow_check_return(d, n->y, syntactic_panic, ctx);
}

static int by_position(const void *a, const void *b)
{
    const DiagEntry *x = a, *y = b;
    if (x->pos.line != y->pos.line)
        return x->pos.line - y->pos.line;
    if (x->pos.col != y->pos.col)
        return x->pos.col - y->pos.col;
    return x->seq - y->seq;
}

/* All errors sorted, without diag_flush's limit of ten: go -gcflags=-e. */
static void print_errors(Buf *out, Diag *d)
{
    if (d->n > 0)
        qsort(d->v, (size_t)d->n, sizeof *d->v, by_position);
    for (int i = 0; i < d->n; i++)
        buf_printf(out, "%s:%d:%d: %s\n", d->file, d->v[i].pos.line, d->v[i].pos.col,
                   d->v[i].msg);
}

/* Parses src and returns the flow errors as go prints them, one a line. */
static char *flow_errors(const char *src, int shadowed)
{
    Arena arena;
    Interner in;
    Diag d;
    arena_init(&arena);
    intern_init(&in, &arena);
    diag_init(&d, "x.go");

    Node *file = parse_file("x.go", src, strlen(src), &arena, &in, &d);
    if (file != NULL) {
        flow_check_file_branches(&d, file);
        check_returns(&d, file, &shadowed);
    }

    Buf out = {0};
    print_errors(&out, &d);
    diag_free(&d);
    intern_free(&in);
    arena_free(&arena);
    return buf_take(&out);
}

/* With --emit DIR, each case is written out as DIR/NNN.go and DIR/NNN.want
 * instead of run, to check the expectations against real go. */
static const char *emit_dir;

static void emit(const char *src, const char *want)
{
    char path[4096];
    FILE *f;
    int id = npass++;
    snprintf(path, sizeof path, "%s/%03d.go", emit_dir, id);
    if ((f = fopen(path, "w")) != NULL) {
        fputs(src, f);
        fclose(f);
    }
    snprintf(path, sizeof path, "%s/%03d.want", emit_dir, id);
    if ((f = fopen(path, "w")) != NULL) {
        fputs(want, f);
        fclose(f);
    }
}

static void expect(const char *name, const char *src, int shadowed, const char *want)
{
    if (emit_dir != NULL) {
        emit(src, want);
        return;
    }
    char *got = flow_errors(src, shadowed);
    if (strcmp(got, want) == 0) {
        npass++;
    } else {
        nfail++;
        printf("FAIL %s\n--- want\n%s--- got\n%s", name, want, got);
    }
    free(got);
}

#define OK(name, src)        expect(name, src, 0, "")
#define ERR(name, src, want) expect(name, src, 0, want)

static void terminating_cases(void)
{
    OK("return", "package p\nfunc f() int { return 1 }\n");
    ERR("empty body", "package p\nfunc f() int {\n}\n", "x.go:3:1: missing return\n");
    OK("for ever", "package p\nfunc f() int {\n\tfor {\n\t}\n}\n");
    OK("select{}", "package p\nfunc f() int {\n\tselect {}\n}\n");
    OK("panic", "package p\nfunc f() int {\n\tpanic(1)\n}\n");
    OK("paren panic", "package p\nfunc f() int {\n\t(panic(1))\n}\n");
    OK("goto", "package p\nfunc f() int {\nL:\n\tgoto L\n}\n");
    OK("block", "package p\nfunc f() int {\n\t{\n\t\treturn 1\n\t}\n}\n");
    OK("trailing empty", "package p\nfunc f() int {\n\treturn 1;;\n}\n");
    OK("if else", "package p\nfunc f(b bool) int {\n\tif b {\n\t\treturn 1\n\t} else {\n\t\treturn 2\n\t}\n}\n");
    OK("if else if else",
       "package p\nfunc f(b bool) int {\n\tif b {\n\t\treturn 1\n\t} else if !b {\n\t\treturn 2\n\t} else {\n\t\tpanic(0)\n\t}\n}\n");
    ERR("if else if", "package p\nfunc f(b bool) int {\n\tif b {\n\t\treturn 1\n\t} else if !b {\n\t\treturn 2\n\t}\n}\n",
        "x.go:8:1: missing return\n");
    expect("shadowed panic", "package p\nfunc panic(interface{}) {}\nfunc f() int {\n\tpanic(1)\n}\n", 1,
           "x.go:5:1: missing return\n");
    ERR("panic() arity", "package p\nfunc f() int {\n\tpanic()\n}\n", "x.go:4:1: missing return\n");
    ERR("go panic", "package p\nfunc f() int {\n\tgo panic(1)\n}\n", "x.go:4:1: missing return\n");
    ERR("for cond", "package p\nfunc f(b bool) int {\n\tfor b {\n\t}\n}\n", "x.go:5:1: missing return\n");
    ERR("for break", "package p\nfunc f() int {\n\tfor {\n\t\tbreak\n\t}\n}\n", "x.go:6:1: missing return\n");
    ERR("for range", "package p\nfunc f(s []int) int {\n\tfor range s {\n\t}\n}\n", "x.go:5:1: missing return\n");
    OK("inner break",
       "package p\nfunc f() int {\n\tfor {\n\t\tfor {\n\t\t\tbreak\n\t\t}\n\t\tswitch {\n\t\tdefault:\n\t\t\tbreak\n\t\t}\n\t}\n}\n");
    ERR("labeled break from inner",
        "package p\nfunc f() int {\nL:\n\tfor {\n\t\tselect {\n\t\tdefault:\n\t\t\tbreak L\n\t\t}\n\t}\n}\n",
        "x.go:10:1: missing return\n");
    OK("break other label",
       "package p\nfunc f() int {\nL:\n\tfor {\n\tM:\n\t\tfor {\n\t\t\tbreak M\n\t\t}\n\t\tcontinue L\n\t}\n}\n");
    OK("break in closure",
       "package p\nfunc f() int {\n\tfor {\n\t\tfunc() {\n\t\t\tfor {\n\t\t\t\tbreak\n\t\t\t}\n\t\t}()\n\t}\n}\n");
    OK("switch default",
       "package p\nfunc f(x int) int {\n\tswitch x {\n\tcase 1:\n\t\treturn 1\n\tcase 2:\n\t\tfallthrough\n\tdefault:\n\t\tpanic(x)\n\t}\n}\n");
    ERR("switch no default", "package p\nfunc f(x int) int {\n\tswitch x {\n\tcase 1:\n\t\treturn 1\n\t}\n}\n",
        "x.go:7:1: missing return\n");
    ERR("switch break",
        "package p\nfunc f(x int) int {\n\tswitch x {\n\tcase 1:\n\t\tif x > 0 {\n\t\t\tbreak\n\t\t}\n\t\treturn 1\n\tdefault:\n\t\treturn 2\n\t}\n}\n",
        "x.go:12:1: missing return\n");
    ERR("switch empty clause", "package p\nfunc f(x int) int {\n\tswitch x {\n\tdefault:\n\t}\n}\n",
        "x.go:6:1: missing return\n");
    OK("type switch",
       "package p\nfunc f(x interface{}) int {\n\tswitch x.(type) {\n\tcase int:\n\t\treturn 1\n\tdefault:\n\t\treturn 0\n\t}\n}\n");
    OK("select clauses",
       "package p\nfunc f(c chan int) int {\n\tselect {\n\tcase v := <-c:\n\t\treturn v\n\tcase c <- 1:\n\t\tpanic(1)\n\t}\n}\n");
    ERR("select break",
        "package p\nfunc f(c chan int) int {\n\tselect {\n\tcase <-c:\n\t\tbreak\n\t}\n}\n",
        "x.go:7:1: missing return\n");
    ERR("closure", "package p\nvar g = func() int {\n}\nfunc f() {\n\t_ = func() (x int) {\n\t}\n}\n",
        "x.go:3:1: missing return\nx.go:6:2: missing return\n");
    OK("labeled for", "package p\nfunc f() int {\nL:\n\tfor {\n\t\tcontinue L\n\t}\n}\n");
    OK("no results", "package p\nfunc f() {\n}\n");
}

static void branch_cases(void)
{
    ERR("unused label", "package p\nfunc f() {\nL:\n\tfor {\n\t}\n}\n",
        "x.go:3:1: label L defined and not used\n");
    ERR("duplicate label", "package p\nfunc f() {\nL:\n\tgoto L\n\t{\n\tL:\n\t}\n}\n",
        "x.go:6:2: label L already defined at x.go:3:1\n");
    ERR("undefined goto", "package p\nfunc f() {\n\tgoto L\n}\n", "x.go:3:7: label L not defined\n");
    ERR("goto into block", "package p\nfunc f() {\n\tgoto L\n\t{\n\tL:\n\t}\n}\n",
        "x.go:3:7: goto L jumps into block starting at x.go:4:2\n");
    ERR("goto back into block", "package p\nfunc f() {\n\tif true {\n\tL:\n\t}\n\tgoto L\n}\n",
        "x.go:6:7: goto L jumps into block starting at x.go:3:10\n");
    ERR("goto into case", "package p\nfunc f(x int) {\n\tgoto L\n\tswitch x {\n\tcase 1:\n\tL:\n\t}\n}\n",
        "x.go:3:7: goto L jumps into block starting at x.go:5:2\n");
    ERR("goto into else if", "package p\nfunc f(b bool) {\n\tgoto L\n\tif b {\n\t} else if b {\n\tL:\n\t}\n}\n",
        "x.go:3:7: goto L jumps into block starting at x.go:5:14\n");
    ERR("goto over var", "package p\nfunc f() {\n\tgoto L\n\tvar x, y int\n\t_, _ = x, y\nL:\n}\n",
        "x.go:3:7: goto L jumps over declaration of x at x.go:4:6\n");
    ERR("goto over :=", "package p\nfunc f() {\n\tgoto L\n\ta, b := 1, 2\n\t_, _ = a, b\nL:\n}\n",
        "x.go:3:7: goto L jumps over declaration of a, b at x.go:4:7\n");
    ERR("goto over grouped var", "package p\nfunc f() {\n\tgoto L\n\tvar (\n\t\tp = 1\n\t)\n\tp++\nL:\n}\n",
        "x.go:3:7: goto L jumps over declaration of p at x.go:5:3\n");
    OK("goto over const and type", "package p\nfunc f() {\n\tgoto L\n\tconst c = 1\n\ttype T int\nL:\n}\n");
    OK("goto out of block over var", "package p\nfunc f() {\n\t{\n\t\tgoto L\n\t\tx := 1\n\t\t_ = x\n\t}\nL:\n}\n");
    OK("backward goto over var", "package p\nfunc f() {\nL:\n\tx := 1\n\t_ = x\n\tgoto L\n}\n");
    ERR("break outside", "package p\nfunc f() {\n\tbreak\n}\n", "x.go:3:2: break is not in a loop, switch, or select\n");
    ERR("continue outside", "package p\nfunc f() {\n\tswitch {\n\tdefault:\n\t\tcontinue\n\t}\n}\n",
        "x.go:5:3: continue is not in a loop\n");
    OK("continue in select in for", "package p\nfunc f(c chan int) {\n\tfor {\n\t\tselect {\n\t\tcase <-c:\n\t\t\tcontinue\n\t\t}\n\t}\n}\n");
    ERR("break in closure", "package p\nfunc f() {\n\tfor {\n\t\tfunc() {\n\t\t\tbreak\n\t\t}()\n\t}\n}\n",
        "x.go:5:4: break is not in a loop, switch, or select\n");
    ERR("fallthrough final", "package p\nfunc f(x int) {\n\tswitch x {\n\tcase 1:\n\t\tfallthrough\n\t}\n}\n",
        "x.go:5:3: cannot fallthrough final case in switch\n");
    ERR("fallthrough type switch",
        "package p\nfunc f(x interface{}) {\n\tswitch x.(type) {\n\tcase int:\n\t\tfallthrough\n\tdefault:\n\t}\n}\n",
        "x.go:5:3: cannot fallthrough in type switch\n");
    ERR("fallthrough nested in type switch",
        "package p\nfunc f(x interface{}) {\n\tswitch x.(type) {\n\tcase int:\n\t\t{\n\t\t\tfallthrough\n\t\t}\n\t}\n}\n",
        "x.go:6:4: cannot fallthrough in type switch\n");
    ERR("fallthrough not last",
        "package p\nfunc f(x int) {\n\tswitch x {\n\tcase 1:\n\t\tfallthrough\n\t\tx++\n\tdefault:\n\t}\n}\n",
        "x.go:5:3: fallthrough statement out of place\n");
    ERR("fallthrough in if",
        "package p\nfunc f(x int) {\n\tswitch x {\n\tcase 1:\n\t\tif x > 0 {\n\t\t\tfallthrough\n\t\t}\n\tdefault:\n\t}\n}\n",
        "x.go:6:4: fallthrough statement out of place\n");
    ERR("fallthrough outside", "package p\nfunc f() {\n\tfallthrough\n}\n",
        "x.go:3:2: fallthrough statement out of place\n");
    ERR("fallthrough in select",
        "package p\nfunc f(x int, c chan int) {\n\tswitch x {\n\tcase 1:\n\t\tselect {\n\t\tdefault:\n\t\t\tfallthrough\n\t\t}\n\tdefault:\n\t}\n}\n",
        "x.go:7:4: fallthrough statement out of place\n");
    OK("fallthrough ok", "package p\nfunc f(x int) {\n\tswitch x {\n\tcase 1:\n\t\tx++\n\t\tfallthrough;\n\tdefault:\n\t}\n}\n");
    ERR("labeled fallthrough ok",
        "package p\nfunc f(x int) {\n\tswitch x {\n\tcase 1:\n\tL:\n\t\tfallthrough\n\tdefault:\n\t}\n}\n",
        "x.go:5:2: label L defined and not used\n");
    ERR("invalid break label", "package p\nfunc f() {\nL:\n\t{\n\t\tbreak L\n\t}\n}\n",
        "x.go:5:9: invalid break label L\n");
    ERR("invalid continue label", "package p\nfunc f(x int) {\nL:\n\tswitch x {\n\tdefault:\n\t\tcontinue L\n\t}\n}\n",
        "x.go:6:12: invalid continue label L\n");
    ERR("break label not enclosing", "package p\nfunc f() {\nL:\n\tfor {\n\t}\n\tfor {\n\t\tbreak L\n\t}\n}\n",
        "x.go:7:9: invalid break label L\n");
    ERR("break label undefined", "package p\nfunc f() {\n\tfor {\n\t\tbreak L\n\t}\n}\n",
        "x.go:4:9: break label not defined: L\n");
    ERR("continue label undefined", "package p\nfunc f() {\n\tfor {\n\t\tcontinue L\n\t}\n}\n",
        "x.go:4:12: continue label not defined: L\n");
    ERR("chained labels", "package p\nfunc f() {\nL:\nM:\n\tfor {\n\t\tbreak L\n\t}\n}\n",
        "x.go:4:1: label M defined and not used\nx.go:6:9: invalid break label L\n");
    OK("labeled switch, select, range",
       "package p\nfunc f(x int, c chan int, s []int) {\nA:\n\tswitch x {\n\tdefault:\n\t\tbreak A\n\t}\n"
       "B:\n\tselect {\n\tcase <-c:\n\t\tbreak B\n\t}\nC:\n\tfor range s {\n\t\tcontinue C\n\t}\n}\n");
    ERR("blank label", "package p\nfunc f() {\n_:\n\tfor {\n\t\tbreak _\n\t}\n\tgoto _\n}\n",
        "x.go:5:9: break label not defined: _\nx.go:7:7: label _ not defined\n");
    OK("labels per function", "package p\nfunc f() {\nL:\n\tgoto L\n}\nfunc g() {\nL:\n\tgoto L\n}\n");
    ERR("closure labels separate", "package p\nfunc f() {\nL:\n\tfunc() {\n\t\tgoto L\n\t}()\n}\n",
        "x.go:3:1: label L defined and not used\nx.go:5:8: label L not defined\n");
    /* the duplicate resolves to the first L, whose loop encloses the break */
    ERR("duplicate label nested",
        "package p\nfunc f() {\nL:\n\tfor {\n\tL:\n\t\tfor {\n\t\t\tbreak L\n\t\t}\n\t}\n}\n",
        "x.go:5:2: label L already defined at x.go:3:1\n");
}

/* The API on its own, without a checker. */
static void api_cases(void)
{
    if (emit_dir != NULL)
        return;
    char *got = flow_errors("package p\n", 0);
    if (strcmp(got, "") != 0) {
        nfail++;
        printf("FAIL empty file: %s", got);
    } else {
        npass++;
    }
    free(got);

    Diag d;
    diag_init(&d, "x.go");
    flow_check_branches(&d, NULL);          /* bodyless function */
    if (diag_count(&d) != 0) {
        nfail++;
        printf("FAIL NULL body reported errors\n");
    } else {
        npass++;
    }
    diag_free(&d);
}

/* Prints the flow errors of a file, for comparison with go. */
static int dump_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        perror(path);
        return 2;
    }
    Buf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, n);
    fclose(f);
    buf_putc(&b, '\0');
    char *out = flow_errors(b.s, 0);
    fputs(out, stdout);
    free(out);
    buf_free(&b);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--emit") == 0)
        emit_dir = argv[2];
    else if (argc == 2)
        return dump_file(argv[1]);
    terminating_cases();
    branch_cases();
    api_cases();
    if (emit_dir != NULL) {
        printf("%d cases written to %s\n", npass, emit_dir);
        return 0;
    }
    printf("%d passed, %d failed\n", npass, nfail);
    return nfail != 0;
}
