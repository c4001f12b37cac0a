/*
 * malloc.h — Go's allocator (runtime/malloc.go, mheap.go, mcentral.go,
 * mcache.go; seeds 000 §1, 002 内存管理): size classes, spans of 8 KB
 * pages, an mcache per P, an mcentral per span class, the mheap with its
 * arenas and the address → span map. runtime/malloc.c has the story.
 */
#ifndef GOLITE_MALLOC_H
#define GOLITE_MALLOC_H

#include <stddef.h>
#include <stdint.h>

#define PAGE_SHIFT 13
#define PAGE_BYTES ((uintptr_t)1 << PAGE_SHIFT)            /* 8 KB */
#define ARENA_SHIFT 26
#define ARENA_BYTES ((uintptr_t)1 << ARENA_SHIFT)          /* 64 MB, as Go on linux/amd64 */
#define PAGES_PER_ARENA (ARENA_BYTES / PAGE_BYTES)
#define NUM_SIZE_CLASSES 68
#define MAX_SMALL_SIZE 32768
#define TINY_SIZE 16
#define NUM_SPAN_CLASSES (NUM_SIZE_CLASSES << 1)

extern const uint16_t class_to_size[NUM_SIZE_CLASSES];
extern const uint8_t class_to_allocnpages[NUM_SIZE_CLASSES];
int size_to_class(size_t size);     /* the smallest class holding size (<= 32 KB) */

/* A span's state (atomic): in use once its fields are set (the collector's
 * span_of, on another thread, only looks at spans in use). */
enum { SPAN_FREE, SPAN_INUSE, SPAN_INIT };

/* A run of pages: free in the heap, or holding objects of one span class
 * (class << 1 | noscan), or one large object (class 0). */
typedef struct MSpan {
    uintptr_t base;
    uintptr_t npages;
    struct MSpan *next, *prev;  /* the list it is on (heap free list, mcentral lists) */
    uint16_t spanclass;
    uint8_t state;
    uint8_t needzero;           /* dirty memory: zero objects before handing them out */
    uint8_t swept;              /* allocbits say which objects are free (after a sweep) */
    uint8_t scavenged;          /* free run given back to the OS */
    uint32_t elemsize;
    uint32_t nelems;
    uint32_t freeindex;         /* objects below it are allocated */
    uint32_t alloccount;
    uint8_t *allocbits;         /* one bit per object (the GC's sweep fills them) */
    uint8_t *gcmarkbits;        /*   and marks */
} MSpan;

/* A P's cache: the span each class allocates from, without locks. */
typedef struct MCache {
    MSpan *alloc[NUM_SPAN_CLASSES];
    /* the next free object of alloc[i] and the end of its objects: taking
     * one is a bump (the span's freeindex is brought up to date when the
     * span goes back to its mcentral) */
    uintptr_t next[NUM_SPAN_CLASSES], end[NUM_SPAN_CLASSES];
    /* the heap bitmap of alloc[i]'s arena (NULL for a span that crosses
     * into the next arena): writing an object's bits is then one word */
    uint64_t *bitmap[NUM_SPAN_CLASSES];
    uintptr_t tiny;             /* the current 16-byte block for tiny noscan objects */
    uintptr_t tinyoffset;
} MCache;

void   *mallocgc(MCache *c, size_t size, int noscan);
MSpan  *span_of(const void *p);     /* the in-use span holding p (interior pointers too), or NULL */
/* The index in s of the object holding p (0 for a large object's span). */
static inline uintptr_t span_index(const MSpan *s, uintptr_t p)
{
    return s->nelems == 1 ? 0 : (p - s->base) / s->elemsize;
}
void   *span_object_base(MSpan *s, const void *p);   /* start of the object holding p */
/* The heap bitmap's byte for word a of an allocated object, and a's bit in
 * it: set when the word holds a pointer (written at allocation from the
 * object's layout, rt.h's PtrLayout). The collector scans those words only. */
const uint8_t *heap_bitmap(uintptr_t a, unsigned *bit);
void    mcache_init(MCache *c);
void    mcache_release(MCache *c);      /* its spans back to their mcentrals (a P going away) */

/* Statistics for tests and runtime.ReadMemStats later. */
typedef struct HeapStats {
    uint64_t arenas, pages_inuse, spans_inuse, large_objects, scavenged;
} HeapStats;
void heap_stats(HeapStats *st);

/* Sweeping (malloc.c tells how it is lazy). With every mcache released and
 * the world stopped, sweep_flip makes every span unswept and starts the
 * background sweeper; the heap live counter restarts from `marked`. A span
 * is swept before reuse: an object whose gcmarkbit is clear is free, a span
 * with no marked object goes back to the heap, mark bits become allocation
 * bits and are cleared. sweep_finish sweeps what is left and waits for
 * sweeps in progress (runtime.GC; the next cycle's start). sweep_all flips
 * and finishes at once (tests); it returns the objects freed. */
void sweep_flip(uint64_t marked);
int  sweep_some(int n);             /* sweeps up to n spans; 0 when none are left */
void sweep_finish(void);
uint64_t sweep_all(void);
uint64_t heap_live(void);           /* Go's heapLive: marked + allocated since */
uintptr_t heap_scavenge(void);      /* free pages back to the OS; bytes released */
void mark_object(const void *p);    /* sets p's object's mark bit (p may be interior) */
void malloc_flush_nop(void);        /* the shared cache of threads without a P, released */
/* The scheduler, for a goroutine yielding at a safepoint (its values all on
 * its VM stack): populates the pages the heap set aside, with g off its P
 * (a system call), so that no stop of the world waits for the page faults. */
typedef struct G G;
void malloc_populate(G *g);

/* runtime.MemStats as Go lays it out (ReadMemStats fills it). */
typedef struct GoMemStats {
    uint64_t Alloc, TotalAlloc, Sys, Lookups, Mallocs, Frees;
    uint64_t HeapAlloc, HeapSys, HeapIdle, HeapInuse, HeapReleased, HeapObjects;
    uint64_t StackInuse, StackSys, MSpanInuse, MSpanSys, MCacheInuse, MCacheSys;
    uint64_t BuckHashSys, GCSys, OtherSys, NextGC, LastGC, PauseTotalNs;
    uint64_t PauseNs[256], PauseEnd[256];
    uint32_t NumGC, NumForcedGC;
    double GCCPUFraction;
    uint8_t EnableGC, DebugGC;
    struct { uint32_t Size; uint64_t Mallocs, Frees; } BySize[61];
} GoMemStats;
/* The heap's part, with every mcache released (world stopped). */
void heap_memstats(GoMemStats *ms);

#endif
