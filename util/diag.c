/*
 * diag.c — collects compile errors and prints them in go's order and format.
 */
#include "util/diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "util/mem.h"

void diag_init(Diag *d, const char *file)
{
    memset(d, 0, sizeof *d);
    d->file = file;
}

void diag_free(Diag *d)
{
    for (int i = 0; i < d->n; i++)
        free(d->v[i].msg);
    free(d->v);
    memset(d, 0, sizeof *d);
}

void diag_error(Diag *d, Pos pos, const char *fmt, ...)
{
    va_list ap;
    if (d->n == d->cap) {
        d->cap = d->cap ? 2 * d->cap : 16;
        d->v = xrealloc(d->v, (size_t)d->cap * sizeof *d->v);
    }
    DiagEntry *e = &d->v[d->n];
    va_start(ap, fmt);
    e->msg = xvasprintf(fmt, ap);
    va_end(ap);
    e->pos = pos;
    e->seq = d->n++;
}

int diag_count(const Diag *d)
{
    return d->n;
}

static int by_position(const void *a, const void *b)
{
    const DiagEntry *x = a, *y = b;
    if (x->pos.line != y->pos.line)
        return x->pos.line < y->pos.line ? -1 : 1;
    if (x->pos.col != y->pos.col)
        return x->pos.col < y->pos.col ? -1 : 1;
    return x->seq - y->seq;
}

int diag_flush(Diag *d, FILE *f)
{
    int shown = 0, total = d->n;
    if (d->n > 1)
        qsort(d->v, (size_t)d->n, sizeof *d->v, by_position);
    for (int i = 0; i < d->n; i++) {
        DiagEntry *e = &d->v[i];
        /* go reports one error per line at most once with the same text */
        if (i > 0 && e->pos.line == d->v[i - 1].pos.line &&
            strcmp(e->msg, d->v[i - 1].msg) == 0)
            continue;
        if (shown == DIAG_MAX) {
            fprintf(f, "%s:%d:%d: too many errors\n", d->file, e->pos.line, e->pos.col);
            break;
        }
        if (e->pos.line == 0)
            fprintf(f, "%s\n", e->msg);     /* a whole-program error, as the linker words it */
        else
            fprintf(f, "%s:%d:%d: %s\n", d->file, e->pos.line, e->pos.col, e->msg);
        shown++;
    }
    for (int i = 0; i < d->n; i++)
        free(d->v[i].msg);
    d->n = 0;
    return total;
}
