/*
 * mem.h — checked allocation for the compiler side, and an arena.
 *
 * The front end allocates AST nodes, types and objects from an Arena that
 * lives as long as the compilation; nothing in it is freed one by one.
 * Allocation failure is fatal: a compiler that runs out of memory cannot
 * report anything useful anyway.
 */
#ifndef GOLITE_MEM_H
#define GOLITE_MEM_H

#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap);
_Noreturn void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
    ArenaBlock *head;
} Arena;

void  arena_init(Arena *a);
void  arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t n);          /* zeroed, 16-byte aligned */
char *arena_strndup(Arena *a, const char *s, size_t n);

/* Growable array of pointers, allocated with xrealloc. */
typedef struct PtrVec {
    void **v;
    int n, cap;
} PtrVec;

void vec_push(PtrVec *pv, void *p);
/* The same, growing inside an arena (nothing to free). */
void avec_push(Arena *a, PtrVec *pv, void *p);

#endif
