/*
 * mem.c — checked allocation and the compile-time arena.
 */
#include "util/mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

_Noreturn void fatal(const char *fmt, ...)
{
    va_list ap;
    fputs("fatal error: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(2);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        fatal("out of memory");
    return p;
}

void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        fatal("out of memory");
    return p;
}

void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        fatal("out of memory");
    return p;
}

char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *xvasprintf(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *p = xmalloc((size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

char *xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *p = xvasprintf(fmt, ap);
    va_end(ap);
    return p;
}

/* Blocks are chained newest first; a request larger than a block gets a
 * block of its own. Blocks come zeroed from mmap with MAP_POPULATE: one
 * system call instead of a page fault per 4 KB touched, which is most of a
 * small program's start-up on a virtual machine. */
struct ArenaBlock {
    ArenaBlock *next;
    size_t used, size, mapped;
    _Alignas(16) unsigned char data[];
};

enum { ARENA_BLOCK = 256 * 1024 - 64 };

void arena_init(Arena *a)
{
    a->head = NULL;
}

void arena_free(Arena *a)
{
    while (a->head) {
        ArenaBlock *b = a->head;
        a->head = b->next;
        munmap(b, b->mapped);
    }
}

void *arena_alloc(Arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    ArenaBlock *b = a->head;
    if (!b || b->size - b->used < n) {
        size_t size = n > ARENA_BLOCK ? n : ARENA_BLOCK;
        size_t mapped = sizeof *b + size;
        b = mmap(NULL, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
        if (b == MAP_FAILED)
            fatal("out of memory (%zu bytes)", mapped);
        b->size = size;
        b->mapped = mapped;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;    /* zeroed by mmap, used once */
    b->used += n;
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

void vec_push(PtrVec *pv, void *p)
{
    if (pv->n == pv->cap) {
        pv->cap = pv->cap ? 2 * pv->cap : 8;
        pv->v = xrealloc(pv->v, (size_t)pv->cap * sizeof *pv->v);
    }
    pv->v[pv->n++] = p;
}

void avec_push(Arena *a, PtrVec *pv, void *p)
{
    if (pv->n == pv->cap) {
        int cap = pv->cap ? 2 * pv->cap : 8;
        void **v = arena_alloc(a, (size_t)cap * sizeof *v);
        if (pv->n)
            memcpy(v, pv->v, (size_t)pv->n * sizeof *v);
        pv->v = v;
        pv->cap = cap;
    }
    pv->v[pv->n++] = p;
}
