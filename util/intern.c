/*
 * intern.c — open-addressing hash set of strings (FNV-1a, linear probing,
 * load factor kept below 1/2).
 */
#include "util/intern.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint64_t fnv1a(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

void intern_init(Interner *in, Arena *arena)
{
    in->arena = arena;
    in->cap = 1024;
    in->count = 0;
    in->slots = xcalloc(in->cap, sizeof *in->slots);
    in->lens = xcalloc(in->cap, sizeof *in->lens);
}

void intern_free(Interner *in)
{
    free(in->slots);
    free(in->lens);
    in->slots = NULL;
    in->lens = NULL;
}

static void grow(Interner *in)
{
    size_t oldcap = in->cap;
    const char **old = in->slots;
    size_t *oldlens = in->lens;
    in->cap *= 2;
    in->slots = xcalloc(in->cap, sizeof *in->slots);
    in->lens = xcalloc(in->cap, sizeof *in->lens);
    for (size_t i = 0; i < oldcap; i++) {
        if (!old[i])
            continue;
        size_t j = fnv1a(old[i], oldlens[i]) & (in->cap - 1);
        while (in->slots[j])
            j = (j + 1) & (in->cap - 1);
        in->slots[j] = old[i];
        in->lens[j] = oldlens[i];
    }
    free(old);
    free(oldlens);
}

const char *intern(Interner *in, const char *s, size_t len)
{
    if (2 * (in->count + 1) > in->cap)
        grow(in);
    size_t j = fnv1a(s, len) & (in->cap - 1);
    while (in->slots[j]) {
        if (in->lens[j] == len && memcmp(in->slots[j], s, len) == 0)
            return in->slots[j];
        j = (j + 1) & (in->cap - 1);
    }
    in->slots[j] = arena_strndup(in->arena, s, len);
    in->lens[j] = len;
    in->count++;
    return in->slots[j];
}

const char *intern_cstr(Interner *in, const char *s)
{
    return intern(in, s, strlen(s));
}
