/*
 * diag.h — compile-time diagnostics, collected, sorted and printed as go does.
 *
 * Every error carries a file:line:col position. Errors are kept until
 * diag_flush, which sorts them by position (stable for equal positions),
 * drops exact duplicates, prints at most DIAG_MAX of them as
 * "file:line:col: message" and then "too many errors" if more were reported,
 * exactly as the go command shows compile errors.
 */
#ifndef GOLITE_DIAG_H
#define GOLITE_DIAG_H

#include <stdio.h>

#define DIAG_MAX 10

/* Set by golite's -e (as go tool compile -e): diag_flush prints every error. */
extern int diag_all;

typedef struct Pos {
    int line, col;      /* 1-based; col counts bytes */
} Pos;

typedef struct DiagEntry {
    Pos pos;
    char *msg;
    int seq;            /* report order, to keep the sort stable */
} DiagEntry;

typedef struct Diag {
    const char *file;
    DiagEntry *v;
    int n, cap;
} Diag;

void diag_init(Diag *d, const char *file);
void diag_free(Diag *d);
void diag_error(Diag *d, Pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int  diag_count(const Diag *d);
/* Prints the errors (sorted, at most DIAG_MAX) to f and clears them.
 * Returns how many were reported. */
int  diag_flush(Diag *d, FILE *f);

#endif
