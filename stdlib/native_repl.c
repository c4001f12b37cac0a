/*
 * native_repl.c — the natives of internal/repl, the REPL's entry loop
 * (stdlib/internal/repl/repl.go): next hands over to the REPL front end
 * (cli/repl.c sets repl_next_hook), report prints a panic an entry did not
 * recover.
 */
#include "runtime/runtime.h"
#include "stdlib/native.h"

int (*repl_next_hook)(G *g, Closure **f);

/* func next() (f func(), ok bool) */
static void repl_next(G *g, uint64_t *a)
{
    Closure *f = NULL;
    int ok = repl_next_hook ? repl_next_hook(g, &f) : 0;
    a[0] = (uint64_t)(uintptr_t)f;
    a[1] = (uint64_t)ok;
}

/* func report(v any) */
static void repl_report(G *g, uint64_t *a)
{
    GoEface v = { (const RType *)(uintptr_t)a[0], (void *)(uintptr_t)a[1] };
    Buf b = {0};
    buf_puts(&b, "panic: ");
    rt_print_panic_value(g, &b, v);
    buf_putc(&b, '\n');
    rt_write(g, 2, b.s, b.n);
    buf_free(&b);
}

const NativeDef natives_repl[] = {
    {"internal/repl.next", repl_next},
    {"internal/repl.report", repl_report},
    {NULL, NULL},
};
