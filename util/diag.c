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

/*
 * go's base.ErrorfAt, in report order: a syntax error on the line of the
 * previous syntax error is dropped, as is a repeat of the previous other
 * error's text on its line; on reaching its tenth error go sorts what it has,
 * prints it and stops with "too many errors" at that tenth error.
 */
int diag_all;

int diag_flush(Diag *d, FILE *f)
{
    int total = d->n, kept = 0, too_many = 0;
    int last_syntax = -1, last_other = -1;
    const char *last_msg = NULL;
    DiagEntry *out = xmalloc((size_t)(d->n ? d->n : 1) * sizeof *out);
    for (int i = 0; i < d->n; i++) {
        DiagEntry *e = &d->v[i];
        int drop;
        if (too_many) {
            drop = 1;
        } else if (strncmp(e->msg, "syntax error", 12) == 0) {
            drop = e->pos.line == last_syntax;
            last_syntax = e->pos.line;
        } else {
            drop = e->pos.line == last_other && last_msg && strcmp(e->msg, last_msg) == 0;
            if (!drop) {
                last_other = e->pos.line;
                last_msg = e->msg;
            }
        }
        if (drop) {
            free(e->msg);
            continue;
        }
        out[kept++] = *e;
        too_many = kept == DIAG_MAX && !diag_all;
    }
    if (kept > 1)
        qsort(out, (size_t)kept, sizeof *out, by_position);
    for (int i = 0; i < kept; i++) {
        DiagEntry *e = &out[i];
        if (e->pos.line == 0)
            fprintf(f, "%s\n", e->msg);     /* a whole-program error, as the linker words it */
        else
            fprintf(f, "%s:%d:%d: %s\n", d->file, e->pos.line, e->pos.col, e->msg);
    }
    if (too_many) {
        int last = 0;   /* the tenth in report order */
        for (int i = 1; i < kept; i++)
            if (out[i].seq > out[last].seq)
                last = i;
        fprintf(f, "%s:%d:%d: too many errors\n", d->file, out[last].pos.line, out[last].pos.col);
    }
    for (int i = 0; i < kept; i++)
        free(out[i].msg);
    free(out);
    d->n = 0;
    return total;
}
