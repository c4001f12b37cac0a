/*
 * malloc.c — Go's allocator (runtime/malloc.go, mheap.go, mcentral.go,
 * mcache.go; seeds 000 §1 and 002 内存管理), the single allocation entry
 * point of golite's runtime, with the lazy sweep that frees what gc.c left
 * unmarked and the heap bitmap that tells gc.c which words hold pointers.
 *
 * Sizes: objects up to 32 KB are rounded to one of Go's 68 size classes
 * (class_to_size, and class_to_allocnpages pages per span); a span class is
 * class << 1 | noscan, so pointer-free objects live in their own spans and
 * the GC can skip them. Bigger objects get a span of their own (class 0).
 * Pointer-free objects under 16 bytes are packed into 16-byte blocks by the
 * tiny allocator, aligned to their size.
 *
 * mcache (one per P, rt_mcache): the span each span class allocates from;
 * taking the next object is a bump of the span's freeindex, with no lock.
 * A full span goes back to its mcentral and the mcache takes another.
 * mcentral (one per span class, locked): spans with free objects (partial)
 * and full ones; it asks the heap for a new span when it has none.
 * mheap (locked): 64 MB arenas from mmap (64 MB-aligned, as Go's), a free
 * list of page runs kept in address order (first fit), and the map from any
 * address to its span (arenas[addr >> 26]->spans[page]), which resolves
 * interior pointers. Fresh pages are zero; a span reused after a sweep will
 * be zeroed as it is handed out (needzero). Pages are prefaulted ahead of
 * use in chunks growing from 64 KB to 256 KB (faulting them in one at a time
 * costs more than the allocation on this machine) by the allocating
 * goroutine at its next safepoint, off its P (malloc_populate); spans of
 * 2 MB and more are 2 MB-aligned and advised to use transparent huge pages.
 *
 * The heap bitmap (Go 1.19's heap bits, one bit per word instead of two):
 * each arena keeps a bit per 8-byte word, set where the object allocated
 * there holds a pointer. Every allocation that may hold pointers writes its
 * object's bits before it returns, from the layout its caller gives (rt.h:
 * an RType, an element type repeated, a runtime structure's PtrLayout);
 * the whole slot is written, so a reused slot's old bits go. The collector
 * scans only the words whose bit is set; noscan spans have no bits.
 */
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "runtime/gc.h"
#include "runtime/malloc.h"
#include "runtime/rt.h"
#include "runtime/sched.h"
#include "vm/vm.h"
#include "util/mem.h"

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

const uint16_t class_to_size[NUM_SIZE_CLASSES] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
    288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
    1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
    6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
    20480, 21760, 24576, 27264, 28672, 32768,
};
const uint8_t class_to_allocnpages[NUM_SIZE_CLASSES] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4,
    3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
};

/* Go's lookup tables: by 8-byte steps up to 1024 bytes, by 128 above. */
static uint8_t size_to_class8[1024 / 8 + 1];
static uint8_t size_to_class128[(MAX_SMALL_SIZE - 1024) / 128 + 1];

__attribute__((constructor)) static void init_size_tables(void)
{
    int c = 1;
    for (size_t i = 1; i < sizeof size_to_class8; i++) {     /* [0]: size 0, class 0 */
        while (class_to_size[c] < i * 8)
            c++;
        size_to_class8[i] = (uint8_t)c;
    }
    for (size_t i = 0; i < sizeof size_to_class128; i++) {
        while (class_to_size[c] < 1024 + i * 128)
            c++;
        size_to_class128[i] = (uint8_t)c;
    }
}

int size_to_class(size_t size)
{
    if (size <= 1024 - 8)
        return size_to_class8[(size + 7) >> 3];
    return size_to_class128[(size - 1024 + 127) >> 7];
}

/* ---- mheap ---- */

typedef struct HeapArena {
    MSpan *spans[PAGES_PER_ARENA];   /* the span of each page (in-use spans) */
    /* the heap bitmap: one bit per word of the arena, set where the object
     * allocated there holds a pointer (Go 1.19's heapArena.bitmap keeps
     * two bits per word; golite needs only the pointer bit). Written at
     * allocation for objects in scan spans (heap_bits_set), read by the
     * collector (gc.c's scan_object, through heap_bitmap). 1 MB per arena, from calloc: pages never
     * written cost nothing. */
    uint64_t bitmap[ARENA_BYTES / 64 / 8];
} HeapArena;

#define ARENA_L1 ((uintptr_t)1 << (47 - ARENA_SHIFT))   /* user addresses are below 2^47 */
#define HUGE_PAGE ((uintptr_t)2 << 20)
#define PREFAULT_MAX ((uintptr_t)256 << 10)
#define ZERO_MEMSET_MAX ((uintptr_t)4 << 20)    /* reused large spans up to this are memset */

static struct {
    RtLock lock;
    MSpan *free;                /* free page runs, by address */
    MSpan *large[2];            /* in-use large-object spans: swept and unswept (sweep_list) */
    uint64_t live;              /* atomic: bytes allocated or cached since the last cycle's marked bytes (Go's heapLive) */
    uint64_t freed_objects[NUM_SIZE_CLASSES], freed_bytes;  /* by sweeps, ever (class 0: large) */
    HeapArena **arenas;         /* ARENA_L1 entries, mapped lazily */
    uintptr_t prefault_end;     /* pages below it (in the newest arena) are populated, or about to be */
    uintptr_t populate_from, populate_to;   /* the range about to be: heap_populate does it */
    uintptr_t arena_end;
    size_t prefault_chunk;
    int huge;                   /* the newest arena's rest is advised to use huge pages */
    HeapStats stats;
} heap;

/* Heap memory, committed as Go's sysMap commits it (no MAP_NORESERVE): the
 * kernel's overcommit check refuses what the machine can never supply, so
 * make([]byte, 1<<40) is Go's "out of memory" rather than terabytes of
 * arena metadata written first. */
static void *sys_map(size_t n)
{
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

static void free_insert(MSpan *s)
{
    MSpan **pp = &heap.free;
    while (*pp && (*pp)->base < s->base)
        pp = &(*pp)->next;
    s->next = *pp;
    s->prev = NULL;
    __atomic_store_n(&s->state, SPAN_FREE, __ATOMIC_RELAXED);
    *pp = s;
}

/* Maps a new arena (64 MB-aligned) big enough for npages; 0 if the OS says no. */
static int heap_grow(uintptr_t npages)
{
    if (!heap.arenas) {
        /* from the C heap (16 MB of address space, untouched pages cost
         * nothing) so that LeakSanitizer sees the arenas it points to */
        heap.arenas = calloc(ARENA_L1, sizeof(HeapArena *));
        if (!heap.arenas)
            return 0;
    }
    uintptr_t size = (npages * PAGE_BYTES + ARENA_BYTES - 1) & ~(ARENA_BYTES - 1);
    uint8_t *raw = sys_map(size + ARENA_BYTES);
    if (!raw)
        return 0;
    uintptr_t base = ((uintptr_t)raw + ARENA_BYTES - 1) & ~(ARENA_BYTES - 1);
    if (base > (uintptr_t)raw)
        munmap(raw, base - (uintptr_t)raw);
    uintptr_t rawend = (uintptr_t)raw + size + ARENA_BYTES;
    if (rawend > base + size)
        munmap((void *)(base + size), rawend - (base + size));
    for (uintptr_t a = base; a < base + size; a += ARENA_BYTES) {
        __atomic_store_n(&heap.arenas[a >> ARENA_SHIFT], (HeapArena *)xcalloc(1, sizeof(HeapArena)), __ATOMIC_RELEASE);
        heap.stats.arenas++;
    }
    heap.huge = 0;
    MSpan *s = xcalloc(1, sizeof *s);
    s->base = base;
    s->npages = size / PAGE_BYTES;
    free_insert(s);
    heap.prefault_end = base;
    heap.arena_end = base + size;
    if (!heap.prefault_chunk)
        heap.prefault_chunk = 64 << 10;
    return 1;
}

/* Prefaults [base, end) if it lies beyond what is populated, ahead by a
 * growing chunk (heap.lock held). At most PREFAULT_MAX at a time:
 * populating memory cannot be interrupted, and a goroutine allocating here
 * delays a stop of the world until it is done (on this machine 1 MB took
 * over a millisecond at times, 256 KB a few hundred microseconds). A span
 * that big or bigger is not prefaulted: its pages fault in as they are
 * used. */
static void prefault(uintptr_t base, uintptr_t end)
{
    if (end <= heap.prefault_end || base >= heap.arena_end)
        return;
    if (end - base >= PREFAULT_MAX) {
        heap.prefault_end = end;
        return;
    }
    uintptr_t from = base > heap.prefault_end ? base : heap.prefault_end;
    uintptr_t to = end + (heap.prefault_chunk < PREFAULT_MAX ? heap.prefault_chunk : PREFAULT_MAX);
    to = (to + PAGE_BYTES - 1) & ~(PAGE_BYTES - 1);
    if (to > heap.arena_end)
        to = heap.arena_end;
    /* a heap past a few MB gets transparent huge pages (TLB misses cost
     * more than the page faults then); a small program's stays small */
    if (!heap.huge && heap.prefault_chunk >= (4u << 20)) {
        uintptr_t h = (from + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1);
        if (h < heap.arena_end)
            madvise((void *)h, heap.arena_end - h, MADV_HUGEPAGE);
        heap.huge = 1;
    }
    /* populated later, not here: a first touch in a huge-page range may
     * compact memory for milliseconds, and the allocating goroutine would
     * hold its P (and this lock) meanwhile — a stop of the world waited for
     * it (bigheap's and binarytrees' long stops). The goroutine that
     * allocates is asked to yield (alloc), and populates the range off its
     * P as it does (malloc_populate); pages touched first only fault. */
    if (!heap.populate_to || (heap.populate_to >> ARENA_SHIFT) != (from >> ARENA_SHIFT))
        heap.populate_from = from;  /* a range in another arena is left to fault on touch */
    __atomic_store_n(&heap.populate_to, to, __ATOMIC_RELAXED);
    heap.prefault_end = to;
    if (heap.prefault_chunk < (4u << 20))
        heap.prefault_chunk *= 2;
}

static void set_spans(MSpan *s, MSpan *v)
{
    for (uintptr_t i = 0; i < s->npages; i++) {
        uintptr_t a = s->base + i * PAGE_BYTES;
        /* store-release: span_of, on a marking thread, reads it without the lock */
        __atomic_store_n(&heap.arenas[a >> ARENA_SHIFT]->spans[(a >> PAGE_SHIFT) & (PAGES_PER_ARENA - 1)], v,
                         __ATOMIC_RELEASE);
    }
}

/* npages from the first free run that holds them at `align` bytes. */
static MSpan *heap_alloc_span(uintptr_t npages, uintptr_t align)
{
    rt_lock(&heap.lock);
    for (int tries = 0; tries < 2; tries++) {
        for (MSpan **pp = &heap.free; *pp; pp = &(*pp)->next) {
            MSpan *f = *pp;
            uintptr_t start = (f->base + align - 1) & ~(align - 1);
            uintptr_t end = f->base + f->npages * PAGE_BYTES;
            if (start + npages * PAGE_BYTES > end)
                continue;
            /* take [start, start + npages); what is left on either side stays free */
            *pp = f->next;
            if (start > f->base) {
                MSpan *before = xcalloc(1, sizeof *before);
                before->base = f->base;
                before->npages = (start - f->base) / PAGE_BYTES;
                before->needzero = f->needzero;
                free_insert(before);
            }
            uintptr_t tail = start + npages * PAGE_BYTES;
            if (tail < end) {
                MSpan *after = xcalloc(1, sizeof *after);
                after->base = tail;
                after->npages = (end - tail) / PAGE_BYTES;
                after->needzero = f->needzero;
                free_insert(after);
            }
            f->base = start;
            f->npages = npages;
            f->next = f->prev = NULL;
            f->state = SPAN_INIT;     /* the caller sets it up, then publishes it */
            set_spans(f, f);
            heap.stats.pages_inuse += npages;
            heap.stats.spans_inuse++;
            if (npages * PAGE_BYTES >= HUGE_PAGE)
                madvise((void *)start, npages * PAGE_BYTES, MADV_HUGEPAGE);
            prefault(start, tail);
            rt_unlock(&heap.lock);
            return f;
        }
        if (!heap_grow(npages + align / PAGE_BYTES))
            break;
    }
    rt_unlock(&heap.lock);
    return NULL;
}

/* Gives a span's pages back to the heap, merged with free neighbours
 * (heap.lock held). Its memory is dirty: reused, it is zeroed. */
static void heap_free_locked(MSpan *s)
{
    set_spans(s, NULL);
    heap.stats.pages_inuse -= s->npages;
    heap.stats.spans_inuse--;
    free(s->allocbits);
    s->allocbits = s->gcmarkbits = NULL;
    s->spanclass = 0;
    s->elemsize = s->nelems = s->freeindex = s->alloccount = 0;
    s->needzero = 1;
    s->scavenged = 0;
    free_insert(s);
    /* coalesce with the run after, then with the one before */
    MSpan *prev = NULL;
    for (MSpan *f = heap.free; f && f != s; f = f->next)
        prev = f;
    MSpan *next = s->next;
    if (next && s->base + s->npages * PAGE_BYTES == next->base) {
        s->npages += next->npages;
        s->next = next->next;
        free(next);
    }
    if (prev && prev->base + prev->npages * PAGE_BYTES == s->base) {
        prev->npages += s->npages;
        prev->needzero = 1;
        prev->scavenged = 0;
        prev->next = s->next;
        free(s);
    }
}

/* Returns the memory of free page runs to the OS (Go's scavenger; a run
 * stays reserved and reads as zeros when it is reused). Returns the bytes
 * released. */
uintptr_t heap_scavenge(void)
{
    uintptr_t n = 0;
    rt_lock(&heap.lock);
    for (MSpan *f = heap.free; f; f = f->next) {
        if (f->scavenged || f->base + f->npages * PAGE_BYTES <= f->base)
            continue;
        /* pages never touched (beyond the prefault point) cost nothing */
        uintptr_t end = f->base + f->npages * PAGE_BYTES;
        if (f->base >= heap.prefault_end && f->base < heap.arena_end)
            continue;
        madvise((void *)f->base, end - f->base, MADV_DONTNEED);
        f->scavenged = 1;
        f->needzero = 0;        /* MADV_DONTNEED'd anonymous memory reads as zeros */
        n += end - f->base;
    }
    heap.stats.scavenged += n;
    rt_unlock(&heap.lock);
    return n;
}

MSpan *span_of(const void *p)
{
    uintptr_t a = (uintptr_t)p;
    if (!heap.arenas || (a >> ARENA_SHIFT) >= ARENA_L1)
        return NULL;
    HeapArena *ha = __atomic_load_n(&heap.arenas[a >> ARENA_SHIFT], __ATOMIC_ACQUIRE);
    if (!ha)
        return NULL;
    MSpan *s = __atomic_load_n(&ha->spans[(a >> PAGE_SHIFT) & (PAGES_PER_ARENA - 1)], __ATOMIC_ACQUIRE);
    if (!s || __atomic_load_n(&s->state, __ATOMIC_ACQUIRE) != SPAN_INUSE || a < s->base ||
        a >= s->base + s->npages * PAGE_BYTES)
        return NULL;
    return s;
}

void *span_object_base(MSpan *s, const void *p)
{
    if (s->nelems == 1)
        return (void *)s->base;
    uintptr_t off = (uintptr_t)p - s->base;
    return (void *)(s->base + off / s->elemsize * s->elemsize);
}

/* ---- the heap bitmap ---- */

/* The bitmap byte holding word a's bit, and the bit. The arena exists: a is
 * in an allocated object. */
static inline uint8_t *bitmap_byte(uintptr_t a, unsigned *bit)
{
    HeapArena *ha = __atomic_load_n(&heap.arenas[a >> ARENA_SHIFT], __ATOMIC_ACQUIRE);
    uintptr_t w = (a & (ARENA_BYTES - 1)) >> 3;
    *bit = (unsigned)(w & 7);
    return (uint8_t *)ha->bitmap + (w >> 3);
}

/* Writes n (<= 64) bits for the words from a on. One P writes a span's
 * bits (its mcache owns the span while it allocates; a span's bits are
 * whole bytes, spans being 8 KB-aligned), the collector reads them
 * meanwhile: plain byte stores, atomic for the race detector. */
static void write_bits(uintptr_t a, uint64_t bits, unsigned n)
{
    while (n) {
        unsigned off;
        uint8_t *b = bitmap_byte(a, &off);
        unsigned take = 8 - off < n ? 8 - off : n;
        uint8_t m = (uint8_t)(((1u << take) - 1) << off);
        uint8_t v = (uint8_t)((bits << off) & m);
        if (take == 8)
            __atomic_store_n(b, v, __ATOMIC_RELAXED);
        else
            __atomic_store_n(b, (uint8_t)((__atomic_load_n(b, __ATOMIC_RELAXED) & ~m) | v), __ATOMIC_RELAXED);
        bits >>= take;
        n -= take;
        a += (uintptr_t)take * 8;
    }
}

/* The bits of a layout over an object of at most 64 words whose data is nd
 * words: the head, then the element's bits repeated by doubling. */
static inline uint64_t layout_bits64(const PtrLayout *l, uintptr_t nd)
{
    uint64_t bits = l->nhead ? l->head & (l->nhead >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << l->nhead) - 1) : 0;
    if (l->period && nd > l->nhead) {
        uintptr_t p = l->period < 64 ? l->period : 64;
        uint64_t e = 0;
        for (uintptr_t i = 0; i < (p + 7) / 8; i++)
            e |= (uint64_t)l->elem[i] << (8 * i);
        if (p < 64)
            e &= ((uint64_t)1 << p) - 1;
        for (uintptr_t k = p; k < nd - l->nhead; k *= 2)
            e |= e << k;
        bits |= e << l->nhead;
    }
    if (nd < 64)
        bits &= ((uint64_t)1 << nd) - 1;
    return bits;
}

/* Writes the n <= 64 bits of an object at p; bm is the bitmap of p's arena
 * (NULL: looked up). The bitmap words it touches belong to p's span (a
 * span's bits are whole, 8-aligned bitmap words: spans are 8 KB-aligned),
 * which only the P caching it writes. */
static inline void write_bits64(uint64_t *bm, uintptr_t p, uint64_t bits, unsigned n)
{
    uintptr_t w = (p & (ARENA_BYTES - 1)) >> 3, i = w >> 6;
    unsigned off = (unsigned)(w & 63);
    if (off + n > 64 && i + 1 == ARENA_BYTES / 64 / 8) {
        write_bits(p, bits, n);     /* the object crosses into the next arena */
        return;
    }
    if (!bm)
        bm = __atomic_load_n(&heap.arenas[p >> ARENA_SHIFT], __ATOMIC_ACQUIRE)->bitmap;
    uint64_t m = n == 64 ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1;
    uint64_t *b = &bm[i];
    __atomic_store_n(b, (__atomic_load_n(b, __ATOMIC_RELAXED) & ~(m << off)) | (bits << off), __ATOMIC_RELAXED);
    if (off + n > 64) {
        unsigned sh = 64 - off;
        __atomic_store_n(b + 1, (__atomic_load_n(b + 1, __ATOMIC_RELAXED) & ~(m >> sh)) | (bits >> sh), __ATOMIC_RELAXED);
    }
}

/* Go's heapBitsSetType: the bits of the object at p, a slot of `slot`
 * bytes of which the first `data` hold a value laid out as l. Every word
 * of the slot is written (a reused slot's old bits go). */
static inline void heap_bits_set(uintptr_t p, size_t slot, size_t data, const PtrLayout *l)
{
    uintptr_t nw = slot / 8, nd = data / 8, e = 0;
    if (nw <= 64) {
        write_bits64(NULL, p, layout_bits64(l, nd), (unsigned)nw);
        return;
    }
    /* an array of pointers ([]*T, []map, []func): whole words of ones */
    int allptr = l->period == 1 && (l->elem[0] & 1);
    for (uintptr_t k = 0; k < nw; k += 64) {
        unsigned n = nw - k < 64 ? (unsigned)(nw - k) : 64;
        uint64_t bits = 0;
        if (k >= nd) {
            /* past the data: zeros */
        } else if (allptr && k >= l->nhead && k + n <= nd) {
            bits = n == 64 ? ~(uint64_t)0 : ((uint64_t)1 << n) - 1;
        } else {
            for (unsigned j = 0; j < n; j++) {
                uintptr_t w = k + j;
                unsigned b;
                if (w < l->nhead) {
                    b = (unsigned)(l->head >> w) & 1;
                } else if (w < nd && l->period) {
                    b = (l->elem[e >> 3] >> (e & 7)) & 1;
                    if (++e == l->period)
                        e = 0;
                } else {
                    break;
                }
                bits |= (uint64_t)b << j;
            }
        }
        write_bits(p + k * 8, bits, n);
    }
}

void malloc_populate(G *g)
{
    if (!__atomic_load_n(&heap.populate_to, __ATOMIC_RELAXED))
        return;
    rt_lock(&heap.lock);
    uintptr_t from = heap.populate_from, to = heap.populate_to;
    heap.populate_from = 0;
    __atomic_store_n(&heap.populate_to, 0, __ATOMIC_RELAXED);
    rt_unlock(&heap.lock);
    if (to <= from)
        return;
    entersyscall(g);
    madvise((void *)from, to - from, MADV_POPULATE_WRITE);
    exitsyscall(g);
}

const uint8_t *heap_bitmap(uintptr_t a, unsigned *bit)
{
    return bitmap_byte(a, bit);
}

void heap_stats(HeapStats *st)
{
    rt_lock(&heap.lock);
    *st = heap.stats;
    rt_unlock(&heap.lock);
}

/* ---- mcentral ---- */

/* Sweeping is lazy (Go's mgcsweep.go). Mark termination flips sweepgen
 * (sweep_flip): every span in use becomes unswept at once, because the
 * lists are indexed by its parity — the swept lists of the cycle before
 * are the unswept lists of this one, nothing moves. A span is swept before
 * it is reused: mcentral_cache_span sweeps unswept spans of its class
 * until one has a free slot, and sweeps two more spans of any class for
 * each it hands out (Go's proportional sweep: the sweep is over long
 * before the next cycle); Ps with nothing to run sweep (sweep_some, Go's
 * background sweeper goroutine); runtime.GC sweeps what is left before it
 * returns (sweep_finish), and so does the start of the next cycle, with
 * the world stopped, after waiting for sweeps in progress (nsweepers):
 * marking needs every span's mark bits clear. Only Ms holding a P sweep,
 * so a stopped world never waits long for one. Sweeping a span turns its marks into its
 * allocation bits (an unmarked object is free), or gives it back to the
 * heap when nothing in it is marked. */
typedef struct MCentral {
    RtLock lock;
    MSpan *partial[2];          /* spans with free objects: [sweep_list(0)] swept, [sweep_list(1)] unswept */
    MSpan *full[2];
} MCentral;

static MCentral central[NUM_SPAN_CLASSES];
static uint32_t sweepgen;       /* atomic: 2 more at each flip */
static uint32_t nsweepers;      /* atomic: sweeps in progress off any list */
static uint32_t unswept;        /* atomic: a flip left spans to sweep (cleared when none are found) */

/* The index of the swept (unswept = 1) lists. */
static inline int sweep_list(int unswept)
{
    return (int)((__atomic_load_n(&sweepgen, __ATOMIC_RELAXED) >> 1) & 1) ^ unswept;
}

static int sweep_span(MSpan *s);
static void note_live(int64_t bytes);

static void list_push(MSpan **head, MSpan *s)
{
    s->prev = NULL;
    s->next = *head;
    if (*head)
        (*head)->prev = s;
    *head = s;
}

static void list_remove(MSpan **head, MSpan *s)
{
    if (s->prev)
        s->prev->next = s->next;
    else
        *head = s->next;
    if (s->next)
        s->next->prev = s->prev;
    s->next = s->prev = NULL;
}

/* A span with free objects for a cache: a swept one, else unswept ones
 * swept until one has room (Go's cacheSpan tries 100), else a new one. */
static int sweep_one(void);

static MSpan *mcentral_cache_span(int spc)
{
    MCentral *c = &central[spc];
    if (__atomic_load_n(&unswept, __ATOMIC_RELAXED))
        sweep_some(2);
    rt_lock(&c->lock);
    int sw = sweep_list(0), un = sweep_list(1);
    MSpan *s = c->partial[sw];
    if (s) {
        list_remove(&c->partial[sw], s);
        rt_unlock(&c->lock);
        note_live((int64_t)(s->nelems - s->alloccount) * s->elemsize);
        return s;
    }
    for (int tries = 0; tries < 100; tries++) {
        MSpan **l = c->partial[un] ? &c->partial[un] : c->full[un] ? &c->full[un] : NULL;
        if (!l)
            break;
        s = *l;
        list_remove(l, s);
        __atomic_fetch_add(&nsweepers, 1, __ATOMIC_SEQ_CST);
        rt_unlock(&c->lock);
        int kept = sweep_span(s);
        rt_lock(&c->lock);
        if (kept && s->alloccount < s->nelems) {
            rt_unlock(&c->lock);
            __atomic_fetch_sub(&nsweepers, 1, __ATOMIC_SEQ_CST);
            note_live((int64_t)(s->nelems - s->alloccount) * s->elemsize);
            return s;
        }
        if (kept)
            list_push(&c->full[sw], s);
        __atomic_fetch_sub(&nsweepers, 1, __ATOMIC_SEQ_CST);
    }
    rt_unlock(&c->lock);
    int cls = spc >> 1;
    s = heap_alloc_span(class_to_allocnpages[cls], PAGE_BYTES);
    if (!s)
        return NULL;
    if (s->needzero)
        memset((void *)s->base, 0, s->npages * PAGE_BYTES);
    s->needzero = 0;
    s->spanclass = (uint16_t)spc;
    s->elemsize = class_to_size[cls];
    s->nelems = (uint32_t)(s->npages * PAGE_BYTES / s->elemsize);
    s->freeindex = 0;
    s->alloccount = 0;
    size_t nb = (s->nelems + 7) / 8;
    s->allocbits = xcalloc(2, nb);
    s->gcmarkbits = s->allocbits + nb;
    __atomic_store_n(&s->state, SPAN_INUSE, __ATOMIC_RELEASE);
    note_live((int64_t)s->nelems * s->elemsize);
    return s;
}

static void mcentral_uncache_span(MSpan *s)
{
    MCentral *c = &central[s->spanclass];
    /* the slots it did not hand out were counted as live when cached */
    if (s->swept)
        note_live(-(int64_t)(s->nelems - s->alloccount) * s->elemsize);
    else
        note_live(-(int64_t)(s->nelems - s->freeindex) * s->elemsize);
    rt_lock(&c->lock);
    int sw = sweep_list(0);
    /* room left: a swept span's free objects are anywhere above freeindex,
     * so it counts them; a fresh one's are all above */
    if (s->swept ? s->alloccount < s->nelems : s->freeindex < s->nelems)
        list_push(&c->partial[sw], s);
    else
        list_push(&c->full[sw], s);
    rt_unlock(&c->lock);
}

/* ---- mcache ---- */

void mcache_init(MCache *c)
{
    memset(c, 0, sizeof *c);
}

/* The next free object of a swept span at or after freeindex (zeroed),
 * or NULL when it is full (Go's nextFreeIndex over allocBits). */
static void *next_free_bit(MSpan *s)
{
    uint32_t i = s->freeindex;
    while (i < s->nelems) {
        if ((i & 63) == 0 && i + 64 <= s->nelems) {
            uint64_t w;
            memcpy(&w, s->allocbits + i / 8, 8);
            if (w == ~(uint64_t)0) {
                i += 64;
                continue;
            }
            i += (uint32_t)__builtin_ctzll(~w);
        }
        if (i >= s->nelems)
            break;
        if (!(s->allocbits[i / 8] & (1u << (i % 8)))) {
            s->freeindex = i + 1;
            s->alloccount++;
            void *p = (void *)(s->base + (uintptr_t)i * s->elemsize);
            memset(p, 0, s->elemsize);
            return p;
        }
        i++;
    }
    s->freeindex = s->nelems;
    return NULL;
}

/* The span's freeindex from the cache's bump pointer. */
static void sync_span(MCache *c, int spc)
{
    MSpan *s = c->alloc[spc];
    if (s->swept)
        return;     /* next_free_bit keeps freeindex and alloccount itself */
    uint32_t fi = (uint32_t)((c->next[spc] - s->base) / s->elemsize);
    s->alloccount += fi - s->freeindex;
    s->freeindex = fi;
}

void mcache_release(MCache *c)
{
    for (int i = 0; i < NUM_SPAN_CLASSES; i++)
        if (c->alloc[i]) {
            sync_span(c, i);
            mcentral_uncache_span(c->alloc[i]);
            c->alloc[i] = NULL;
            c->bitmap[i] = NULL;
            c->next[i] = c->end[i] = 0;
        }
    c->tiny = c->tinyoffset = 0;
}

static void *refill(MCache *c, int spc)
{
    MSpan *s = c->alloc[spc];
    if (s) {
        sync_span(c, spc);
        mcentral_uncache_span(s);
    }
    s = mcentral_cache_span(spc);
    c->alloc[spc] = s;
    c->bitmap[spc] = NULL;
    if (!s) {
        c->next[spc] = c->end[spc] = 0;
        return NULL;
    }
    if (!(spc & 1) && (s->base >> ARENA_SHIFT) == ((s->base + s->npages * PAGE_BYTES - 1) >> ARENA_SHIFT))
        c->bitmap[spc] = __atomic_load_n(&heap.arenas[s->base >> ARENA_SHIFT], __ATOMIC_ACQUIRE)->bitmap;
    if (s->swept) {
        /* a swept span: its free objects are the clear bits of allocbits;
         * no bump range, nextfree looks them up */
        c->next[spc] = c->end[spc] = 0;
        return next_free_bit(s);
    }
    uintptr_t p = s->base + (uintptr_t)s->freeindex * s->elemsize;
    c->next[spc] = p + s->elemsize;
    c->end[spc] = s->base + (uintptr_t)s->nelems * s->elemsize;
    return (void *)p;
}

static inline void *nextfree(MCache *c, int spc, uintptr_t size)
{
    uintptr_t p = c->next[spc];
    if (__builtin_expect(p + size <= c->end[spc] && p, 1)) {
        c->next[spc] = p + size;
        return (void *)p;
    }
    MSpan *s = c->alloc[spc];
    if (s && s->swept) {
        void *q = next_free_bit(s);
        if (q)
            return q;
    }
    return refill(c, spc);
}

static uint64_t zerobase[2];

void *mallocgc(MCache *c, size_t size, int noscan)
{
    if (size == 0)
        return zerobase;
    if (size <= MAX_SMALL_SIZE) {
        if (noscan && size < TINY_SIZE) {
            /* the tiny allocator: aligned to the object's size */
            uintptr_t off = c->tinyoffset;
            if ((size & 7) == 0)
                off = (off + 7) & ~(uintptr_t)7;
            else if ((size & 3) == 0)
                off = (off + 3) & ~(uintptr_t)3;
            else if ((size & 1) == 0)
                off = (off + 1) & ~(uintptr_t)1;
            if (c->tiny && off + size <= TINY_SIZE) {
                c->tinyoffset = off + size;
                return (void *)(c->tiny + off);
            }
            void *p = nextfree(c, (2 << 1) | 1, TINY_SIZE);   /* class 2: 16 bytes, noscan */
            if (!p)
                return NULL;
            /* keep whichever block has more room left (Go's rule) */
            if (!c->tiny || size < c->tinyoffset) {
                c->tiny = (uintptr_t)p;
                c->tinyoffset = size;
            }
            return p;
        }
        int cls = size_to_class(size);
        return nextfree(c, cls << 1 | (noscan ? 1 : 0), class_to_size[cls]);
    }
    /* a large object: its own span, 2 MB-aligned from 2 MB on */
    uintptr_t npages = (size + PAGE_BYTES - 1) / PAGE_BYTES;
    if (npages == 0 || npages > ((uintptr_t)1 << (47 - PAGE_SHIFT)))
        return NULL;
    MSpan *s = heap_alloc_span(npages, npages * PAGE_BYTES >= HUGE_PAGE ? HUGE_PAGE : PAGE_BYTES);
    if (!s)
        return NULL;
    /* reused memory is zeroed: up to ZERO_MEMSET_MAX with memset (a 1 MB
     * object zeroed through 256 page faults took five times as long), a
     * bigger one by giving its pages back to the OS, which hands out zero
     * pages as they are touched — a memset of tens of MB, which no safepoint
     * interrupts, held a stop of the world for 10–20 ms (maps' bucket arrays) */
    if (s->needzero && npages * PAGE_BYTES > ZERO_MEMSET_MAX)
        madvise((void *)s->base, npages * PAGE_BYTES, MADV_DONTNEED);
    else if (s->needzero)
        memset((void *)s->base, 0, npages * PAGE_BYTES);
    s->needzero = 0;
    s->spanclass = noscan ? 1 : 0;
    s->elemsize = (uint32_t)(npages * PAGE_BYTES > UINT32_MAX ? 0 : npages * PAGE_BYTES);
    s->nelems = 1;
    s->freeindex = 1;
    s->alloccount = 1;
    s->allocbits = xcalloc(2, 1);
    s->gcmarkbits = s->allocbits + 1;
    __atomic_store_n(&s->state, SPAN_INUSE, __ATOMIC_RELEASE);
    rt_lock(&heap.lock);
    heap.stats.large_objects++;
    list_push(&heap.large[sweep_list(0)], s);
    rt_unlock(&heap.lock);
    note_live((int64_t)(npages * PAGE_BYTES));
    return (void *)s->base;
}

/* ---- marking and sweeping ---- */

void mark_object(const void *p)
{
    MSpan *s = span_of(p);
    if (!s)
        return;
    uintptr_t i = span_index(s, (uintptr_t)p);
    __atomic_fetch_or(&s->gcmarkbits[i / 8], (uint8_t)(1u << (i % 8)), __ATOMIC_RELAXED);
}

/* Sweeps a small-object span taken off an unswept list: 1 if it stays
 * (its marks are its allocation bits now), 0 if it went back to the heap. */
static int sweep_span(MSpan *s)
{
    size_t nb = (s->nelems + 7) / 8;
    uint32_t live = 0;
    for (size_t i = 0; i < nb; i++)
        live += (uint32_t)__builtin_popcount(s->gcmarkbits[i]);
    uint64_t freed = s->alloccount > live ? s->alloccount - live : 0;
    rt_lock(&heap.lock);
    heap.freed_objects[s->spanclass >> 1] += freed;
    heap.freed_bytes += freed * s->elemsize;
    if (live == 0) {
        heap_free_locked(s);
        rt_unlock(&heap.lock);
        return 0;
    }
    rt_unlock(&heap.lock);
    memcpy(s->allocbits, s->gcmarkbits, nb);
    memset(s->gcmarkbits, 0, nb);
    s->freeindex = 0;
    s->alloccount = live;
    s->swept = 1;
    return 1;
}

/* Sweeps one unswept span, of any class or a large one, and files it;
 * 0 when none is left. */
static int sweep_one(void)
{
    static uint32_t next;
    int un = sweep_list(1), sw = sweep_list(0);
    __atomic_fetch_add(&nsweepers, 1, __ATOMIC_SEQ_CST);
    uint32_t start = __atomic_load_n(&next, __ATOMIC_RELAXED);
    for (uint32_t k = 0; k < NUM_SPAN_CLASSES; k++) {
        uint32_t spc = (start + k) % NUM_SPAN_CLASSES;
        MCentral *c = &central[spc];
        rt_lock(&c->lock);
        MSpan **l = c->partial[un] ? &c->partial[un] : c->full[un] ? &c->full[un] : NULL;
        MSpan *s = l ? *l : NULL;
        if (s)
            list_remove(l, s);
        rt_unlock(&c->lock);
        if (!s)
            continue;
        __atomic_store_n(&next, spc, __ATOMIC_RELAXED);
        if (sweep_span(s)) {
            rt_lock(&c->lock);
            list_push(s->alloccount < s->nelems ? &c->partial[sw] : &c->full[sw], s);
            rt_unlock(&c->lock);
        }
        __atomic_fetch_sub(&nsweepers, 1, __ATOMIC_SEQ_CST);
        return 1;
    }
    rt_lock(&heap.lock);
    MSpan *s = heap.large[un];
    if (s) {
        list_remove(&heap.large[un], s);
        if (s->gcmarkbits[0] & 1) {
            s->gcmarkbits[0] = 0;
            list_push(&heap.large[sw], s);
        } else {
            heap.stats.large_objects--;
            heap.freed_objects[0]++;
            heap.freed_bytes += s->npages * PAGE_BYTES;
            heap_free_locked(s);
        }
    }
    rt_unlock(&heap.lock);
    __atomic_fetch_sub(&nsweepers, 1, __ATOMIC_SEQ_CST);
    return s != NULL;
}

void sweep_flip(uint64_t marked)
{
    __atomic_store_n(&sweepgen, sweepgen + 2, __ATOMIC_SEQ_CST);
    __atomic_store_n(&heap.live, marked, __ATOMIC_RELAXED);
    __atomic_store_n(&unswept, 1, __ATOMIC_RELEASE);
}

int sweep_some(int n)
{
    int done = 0;
    while (done < n && __atomic_load_n(&unswept, __ATOMIC_RELAXED)) {
        if (!sweep_one()) {
            __atomic_store_n(&unswept, 0, __ATOMIC_RELAXED);
            break;
        }
        done++;
    }
    return done;
}

void sweep_finish(void)
{
    while (sweep_one())
        ;
    __atomic_store_n(&unswept, 0, __ATOMIC_RELAXED);
    while (__atomic_load_n(&nsweepers, __ATOMIC_SEQ_CST))
        sched_yield();
}

uint64_t sweep_all(void)
{
    uint64_t before = heap.freed_objects[0];
    for (int i = 1; i < NUM_SIZE_CLASSES; i++)
        before += heap.freed_objects[i];
    __atomic_store_n(&sweepgen, sweepgen + 2, __ATOMIC_SEQ_CST);
    sweep_finish();
    uint64_t after = 0;
    for (int i = 0; i < NUM_SIZE_CLASSES; i++)
        after += heap.freed_objects[i];
    return after - before;
}

/* The heap live counter (Go's heapLive): bytes of spans handed to caches
 * and of large objects since the last flip, on top of the bytes marked. */
static void note_live(int64_t bytes)
{
    uint64_t live = __atomic_add_fetch(&heap.live, (uint64_t)bytes, __ATOMIC_RELAXED);
    if (bytes > 0)
        gc_note_heap(live);
}

uint64_t heap_live(void)
{
    return __atomic_load_n(&heap.live, __ATOMIC_RELAXED);
}

void heap_memstats(GoMemStats *ms)
{
    uint64_t objs[NUM_SIZE_CLASSES] = {0}, bytes = 0, nobj = 0;
    for (int spc = 0; spc < NUM_SPAN_CLASSES; spc++) {
        MCentral *c = &central[spc];
        rt_lock(&c->lock);
        for (int l = 0; l < 4; l++)
            for (MSpan *s = l & 2 ? c->full[l & 1] : c->partial[l & 1]; s; s = s->next) {
                objs[spc >> 1] += s->alloccount;
                bytes += (uint64_t)s->alloccount * s->elemsize;
            }
        rt_unlock(&c->lock);
    }
    rt_lock(&heap.lock);
    for (int l = 0; l < 2; l++)
        for (MSpan *s = heap.large[l]; s; s = s->next) {
            objs[0]++;
            bytes += s->npages * PAGE_BYTES;
        }
    uint64_t freed = 0;
    for (int i = 0; i < NUM_SIZE_CLASSES; i++) {
        nobj += objs[i];
        freed += heap.freed_objects[i];
    }
    ms->Alloc = ms->HeapAlloc = bytes;
    ms->TotalAlloc = bytes + heap.freed_bytes;
    ms->HeapObjects = nobj;
    ms->Mallocs = nobj + freed;
    ms->Frees = freed;
    ms->HeapSys = heap.stats.arenas * ARENA_BYTES;
    ms->HeapInuse = heap.stats.pages_inuse * PAGE_BYTES;
    ms->HeapIdle = ms->HeapSys - ms->HeapInuse;
    ms->HeapReleased = heap.stats.scavenged;
    ms->MSpanInuse = heap.stats.spans_inuse * sizeof(MSpan);
    ms->MSpanSys = ms->MSpanInuse;
    ms->Sys = ms->HeapSys + ms->MSpanSys + heap.stats.arenas * sizeof(HeapArena);
    /* BySize: Go's first 61 classes (class 0 holds nothing there) */
    for (int i = 0; i < 61; i++) {
        ms->BySize[i].Size = class_to_size[i];
        ms->BySize[i].Mallocs = i ? objs[i] + heap.freed_objects[i] : 0;
        ms->BySize[i].Frees = i ? heap.freed_objects[i] : 0;
    }
    rt_unlock(&heap.lock);
}

/* ---- the runtime's entry points (rt.h) ---- */

/* Threads without a P (the compiler before the program starts, an M in a
 * system call) share one cache under a lock. */
static MCache nop_cache;
static pthread_mutex_t nop_lock = PTHREAD_MUTEX_INITIALIZER;

/* n bytes: pointer-free (noscan), laid out as l, or (l NULL, n <= 512)
 * with the pointer bits `bits`. Inlined into its callers, so each keeps
 * only its own case. */
static inline __attribute__((always_inline)) void *alloc_with(G *g, size_t n, int noscan, const PtrLayout *l,
                                                              uint64_t bits)
{
    MCache *c = rt_mcache;
    /* the common case inline: a small object from the P's current span */
    if (__builtin_expect(c != NULL && n - TINY_SIZE <= 1024 - 8 - TINY_SIZE, 1)) {
        int cls = size_to_class8[(n + 7) >> 3];
        int spc = cls << 1 | noscan;
        uintptr_t p = c->next[spc], size = class_to_size[cls];
        if (__builtin_expect(p + size <= c->end[spc] && p, 1)) {
            c->next[spc] = p + size;
            if (l)
                heap_bits_set(p, size, n, l);
            else if (!noscan)
                write_bits64(c->bitmap[spc], p, bits, (unsigned)(size / 8));
            if (__builtin_expect(gc_is_marking(), 0))
                gc_alloc_marking(g, (void *)p, size);
            return (void *)p;
        }
    }
    void *p;
    if (__builtin_expect(c != NULL, 1)) {
        p = mallocgc(c, n, noscan);
    } else {
        pthread_mutex_lock(&nop_lock);
        p = mallocgc(&nop_cache, n, noscan);
        pthread_mutex_unlock(&nop_lock);
    }
    if (!p && n)
        rt_fatal(g, "runtime: out of memory");
    if (!noscan && n) {
        size_t slot = n <= MAX_SMALL_SIZE ? class_to_size[size_to_class(n)]
                                          : (n + PAGE_BYTES - 1) & ~(PAGE_BYTES - 1);
        if (l)
            heap_bits_set((uintptr_t)p, slot, n, l);
        else
            write_bits64(NULL, (uintptr_t)p, bits, (unsigned)(slot / 8));
    }
    /* A big object gets huge pages, and their first touch may compact
     * memory for milliseconds with no safepoint: they are populated now,
     * off the P (as a system call), so that a stop of the world does not
     * wait for it; g->gcroot keeps the object meanwhile. A collection may
     * run meanwhile: a caller must not hold another heap object in C
     * locals only while it allocates 2 MB or more (map_make and
     * rt_makechan allocate the big part first). */
    if (n >= HUGE_PAGE && g && c && !g->locks) {
        g->gcroot = p;
        entersyscall(g);
        madvise(p, (n + PAGE_BYTES - 1) & ~(PAGE_BYTES - 1), MADV_POPULATE_WRITE);
        exitsyscall(g);
        g->gcroot = NULL;
    }
    /* allocated black while marking, and the assist it owes */
    if (__builtin_expect(gc_is_marking(), 0))
        gc_alloc_marking(c ? g : NULL, p, n);
    /* past the heap goal: collect at this goroutine's next safepoint; pages
     * to populate: populate them there (malloc_populate) */
    if (__builtin_expect(gc_requested() || __atomic_load_n(&heap.populate_to, __ATOMIC_RELAXED), 0) && g)
        __atomic_store_n(&g->preempt, 1, __ATOMIC_RELAXED);
    return p;
}

void malloc_flush_nop(void)
{
    pthread_mutex_lock(&nop_lock);
    mcache_release(&nop_cache);
    pthread_mutex_unlock(&nop_lock);
}

const uint8_t rt_allptr_mask[1] = {1};
const PtrLayout rt_strings_layout = {0, 0, 2, rt_allptr_mask};

void *rt_alloc_noscan(G *g, size_t n)
{
    return alloc_with(g, n, 1, NULL, 0);
}

void *rt_alloc_layout(G *g, size_t n, const PtrLayout *l)
{
    return alloc_with(g, n, 0, l, 0);
}

void *rt_alloc(G *g, const RType *t)
{
    if (!(t->flags & RT_HASPTR))
        return alloc_with(g, (size_t)t->size, 1, NULL, 0);
    if (t->size <= 512) {
        /* up to 64 words: the type's bits are one word of the bitmap (its
         * ptrmask, read whole bytes at a time: a layout_bits64 without the
         * head and the repetition, which the allocation path feels) */
        uint64_t bits = t->ptrmask[0];
        for (int64_t i = 1; i < (t->size / 8 + 7) / 8; i++)
            bits |= (uint64_t)t->ptrmask[i] << (8 * i);
        return alloc_with(g, (size_t)t->size, 0, NULL, bits);
    }
    PtrLayout l = {0, 0, (uint32_t)(t->size / 8), t->ptrmask};
    return alloc_with(g, (size_t)t->size, 0, &l, 0);
}

void *rt_alloc_array(G *g, const RType *elem, size_t n)
{
    size_t bytes = (size_t)elem->size * n;
    if (!(elem->flags & RT_HASPTR))
        return alloc_with(g, bytes, 1, NULL, 0);
    PtrLayout l = {0, 0, (uint32_t)(elem->size / 8), elem->ptrmask};
    return alloc_with(g, bytes, 0, &l, 0);
}

GoString rt_string(G *g, const char *s, size_t n)
{
    GoString r = {NULL, (int64_t)n};
    if (n) {
        uint8_t *p = rt_alloc_noscan(g, n);
        memcpy(p, s, n);
        r.ptr = p;
    }
    return r;
}
