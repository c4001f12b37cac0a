/*
 * buf.h — a growable byte buffer for building strings (error messages,
 * type names, dumps). s is always NUL-terminated once anything was added.
 */
#ifndef GOLITE_BUF_H
#define GOLITE_BUF_H

#include <stddef.h>

typedef struct Buf {
    char *s;
    size_t n, cap;
} Buf;

void buf_add(Buf *b, const char *s, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_putc(Buf *b, char c);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_free(Buf *b);
/* Returns the contents and resets b (the caller frees the string). */
char *buf_take(Buf *b);

#endif
