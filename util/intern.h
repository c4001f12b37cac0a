/*
 * intern.h — string interning for identifiers and literal text.
 *
 * Equal strings intern to the same pointer, so the checker compares names
 * with ==. The table belongs to one compilation (one Interner per front end
 * instance; nothing global), and its strings are NUL-terminated.
 */
#ifndef GOLITE_INTERN_H
#define GOLITE_INTERN_H

#include <stddef.h>
#include "util/mem.h"

typedef struct Interner {
    Arena *arena;
    const char **slots;     /* open addressing; NULL = empty */
    size_t *lens;
    size_t count, cap;      /* cap is a power of two */
} Interner;

void intern_init(Interner *in, Arena *arena);
void intern_free(Interner *in);
const char *intern(Interner *in, const char *s, size_t len);
const char *intern_cstr(Interner *in, const char *s);

#endif
