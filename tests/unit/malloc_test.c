/*
 * malloc_test.c — unit test of runtime/malloc.c: Go's size-class table and
 * lookup (every size up to 32 KB maps to the smallest class that holds it;
 * class sizes and pages per span as Go 1.19's sizeclasses.go), objects of a
 * class packed in their span and aligned, scan and noscan objects in
 * different spans, the tiny allocator packing pointer-free objects under 16
 * bytes into 16-byte blocks aligned to their size, large objects in spans
 * of their own (2 MB-aligned from 2 MB on), the address → span map
 * resolving interior pointers (and nothing outside the heap), memory handed
 * out zeroed, and several threads allocating from their own caches at once.
 * Sweeping (marks set by hand, as the GC will): unmarked objects are
 * reused and handed out zeroed, marked ones are kept, a span with no marked
 * object goes back to the heap and merges with its free neighbours, an
 * unmarked large object's pages are reused, scavenged pages read as zeros.
 *
 * Prints one line per failed check and a summary; exits 1 on any failure.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/malloc.h"

static int npass, nfail;

#define CHECK(cond, ...)                                   \
    do {                                                   \
        if (cond) {                                        \
            npass++;                                       \
        } else {                                           \
            nfail++;                                       \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);    \
            printf(__VA_ARGS__);                           \
            printf("\n");                                  \
        }                                                  \
    } while (0)

static void test_size_classes(void)
{
    CHECK(class_to_size[1] == 8 && class_to_size[NUM_SIZE_CLASSES - 1] == 32768, "class table ends");
    int bad = 0;
    for (size_t n = 1; n <= MAX_SMALL_SIZE; n++) {
        int c = size_to_class(n);
        if (c < 1 || c >= NUM_SIZE_CLASSES || class_to_size[c] < n || class_to_size[c - 1] >= n)
            bad++;
    }
    CHECK(bad == 0, "%d sizes map to a wrong class", bad);
    /* Go's pages per span for a few classes (sizeclasses.go) */
    CHECK(class_to_allocnpages[size_to_class(1280)] == 1 && class_to_allocnpages[size_to_class(1408)] == 2 &&
          class_to_allocnpages[size_to_class(32768)] == 4 && class_to_allocnpages[size_to_class(27264)] == 10,
          "pages per span differ from go's");
}

static void test_small(MCache *c)
{
    /* consecutive objects of one class sit elemsize apart in one span */
    char *a = mallocgc(c, 40, 0), *b = mallocgc(c, 48, 0);
    MSpan *s = span_of(a);
    CHECK(s && s == span_of(b) && b - a == 48 && s->elemsize == 48, "48-byte class packing");
    CHECK(((uintptr_t)a & 15) == 0, "48-byte object aligned");
    CHECK(s && !(s->spanclass & 1), "scan object in a scan span");
    char *n = mallocgc(c, 48, 1);
    CHECK(span_of(n) && span_of(n) != s && (span_of(n)->spanclass & 1), "noscan object in a noscan span");
    /* interior pointers resolve to the object */
    CHECK(span_object_base(s, a + 47) == a && span_object_base(s, b + 1) == b, "interior pointers");
    /* zeroed */
    int nz = 0;
    for (int i = 0; i < 1000; i++) {
        unsigned char *p = mallocgc(c, (size_t)(i % 300) + 1, i & 1);
        for (int k = 0; k < i % 300 + 1; k++)
            nz += p[k] != 0;
        memset(p, 0xAB, (size_t)(i % 300) + 1);
    }
    CHECK(nz == 0, "%d nonzero bytes handed out", nz);
    /* filling a span moves to a new one */
    MSpan *first = span_of(mallocgc(c, 8192, 0));
    MSpan *second = span_of(mallocgc(c, 8192, 0));
    CHECK(first && second && first != second && first->nelems == 1 && second->nelems == 1,
          "8 KB objects: one per one-page span");
    CHECK(span_of(&npass) == NULL && span_of(NULL) == NULL, "non-heap addresses have no span");
}

static void test_tiny(MCache *c)
{
    char *a = mallocgc(c, 1, 1), *b = mallocgc(c, 1, 1), *d = mallocgc(c, 4, 1), *e = mallocgc(c, 8, 1);
    CHECK(b == a + 1, "tiny: bytes packed");
    CHECK(((uintptr_t)d & 3) == 0 && d - a < 16 && d > b, "tiny: 4-byte object aligned in the block");
    CHECK(((uintptr_t)e & 7) == 0 && e - a < 16, "tiny: 8-byte object aligned in the block");
    char *f = mallocgc(c, 12, 1);
    CHECK(span_of(f) && span_of(f)->elemsize == 16 && (f < a || f >= a + 16), "tiny: a full block starts another");
    char *p = mallocgc(c, 8, 0);
    CHECK(span_of(p) && span_of(p)->elemsize == 8 && !(span_of(p)->spanclass & 1), "pointerful 8 bytes: not tiny");
}

static void test_large(MCache *c)
{
    char *big = mallocgc(c, 100000, 0);
    MSpan *s = span_of(big);
    CHECK(s && s->base == (uintptr_t)big && s->npages == (100000 + PAGE_BYTES - 1) / PAGE_BYTES && s->nelems == 1,
          "large object: its own span");
    CHECK(span_of(big + 99999) == s && span_object_base(s, big + 5000) == big, "large object: interior pointer");
    char *huge = mallocgc(c, (size_t)5 << 20, 1);
    CHECK(((uintptr_t)huge & ((2 << 20) - 1)) == 0, "5 MB object 2 MB-aligned");
    CHECK(huge[0] == 0 && huge[(5 << 20) - 1] == 0, "large object zeroed");
}

#define NTHREADS 4
#define PER_THREAD 200000

static void *worker(void *arg)
{
    MCache *c = arg;
    void **v = malloc(PER_THREAD * sizeof *v);
    for (int i = 0; i < PER_THREAD; i++) {
        v[i] = mallocgc(c, (size_t)(i % 64) + 16, i & 1);
        memset(v[i], (int)(uintptr_t)arg, (size_t)(i % 64) + 16);
    }
    /* nobody else wrote into our objects */
    int bad = 0;
    for (int i = 0; i < PER_THREAD; i++)
        for (int k = 0; k < i % 64 + 16; k++)
            bad += ((unsigned char *)v[i])[k] != (unsigned char)(uintptr_t)arg;
    free(v);
    return (void *)(intptr_t)bad;
}

static void test_threads(void)
{
    pthread_t th[NTHREADS];
    MCache *caches = calloc(NTHREADS, sizeof(MCache));
    for (int i = 0; i < NTHREADS; i++)
        pthread_create(&th[i], NULL, worker, &caches[i]);
    intptr_t bad = 0;
    for (int i = 0; i < NTHREADS; i++) {
        void *r;
        pthread_join(th[i], &r);
        bad += (intptr_t)r;
    }
    CHECK(bad == 0, "%ld bytes overwritten across threads", (long)bad);
    free(caches);       /* their spans stay cached: the tests below expect no partial spans of theirs */
    HeapStats st;
    heap_stats(&st);
    CHECK(st.arenas >= 1 && st.spans_inuse > 0, "heap statistics");
}

static void test_sweep(void)
{
    static MCache c;
    /* a span of 64-byte objects, every other one live */
    enum { N = 300 };
    char *obj[N];
    for (int i = 0; i < N; i++) {
        obj[i] = mallocgc(&c, 64, 0);
        memset(obj[i], 0x5A, 64);
    }
    for (int i = 0; i < N; i += 2)
        mark_object(obj[i] + 10);       /* interior pointers mark the object */
    mcache_release(&c);
    uint64_t freed = sweep_all();
    CHECK(freed >= N / 2, "sweep freed %llu objects, want at least %d", (unsigned long long)freed, N / 2);
    /* the next 64-byte objects reuse the dead slots (the swept spans' free
     * objects come before fresh spans), zeroed; live ones keep their bytes */
    int reused = 0, dirty = 0;
    for (int k = 0; k < N; k++) {
        char *p = mallocgc(&c, 64, 0);
        for (int i = 1; i < N; i += 2)
            if (p == obj[i])
                reused++;
        for (int b = 0; b < 64; b++)
            dirty += p[b] != 0;
        memset(p, 0x11, 64);
    }
    CHECK(reused == N / 2, "%d of %d dead slots reused", reused, N / 2);
    CHECK(dirty == 0, "reused objects not zeroed (%d bytes)", dirty);
    int clobbered = 0;
    for (int i = 0; i < N; i += 2)
        for (int b = 0; b < 64; b++)
            clobbered += obj[i][b] != 0x5A;
    CHECK(clobbered == 0, "live objects overwritten (%d bytes)", clobbered);
    mcache_release(&c);

    /* nothing marked: the spans go back to the heap and their pages are reused */
    HeapStats before, after;
    heap_stats(&before);
    sweep_all();        /* clears the marks of the previous cycle: all of this cache's objects die */
    heap_stats(&after);
    CHECK(after.pages_inuse < before.pages_inuse, "empty spans returned (%llu -> %llu pages)",
          (unsigned long long)before.pages_inuse, (unsigned long long)after.pages_inuse);

    /* a large object not marked is freed; its pages come back (zeroed) for the next one */
    char *big = mallocgc(&c, 200000, 0);
    memset(big, 0x77, 200000);
    sweep_all();
    char *big2 = mallocgc(&c, 200000, 0);
    int nz = 0;
    for (int i = 0; i < 200000; i++)
        nz += big2[i] != 0;
    CHECK(big2 == big, "large object's pages reused (%p, %p)", (void *)big, (void *)big2);
    CHECK(nz == 0, "reused large object not zeroed (%d bytes)", nz);
    /* marked, it survives the sweep */
    mark_object(big2 + 12345);
    sweep_all();
    CHECK(span_of(big2) != NULL, "marked large object kept");
    mcache_release(&c);
    sweep_all();
    CHECK(span_of(big2) == NULL, "unmarked large object freed");

    /* scavenging: free pages go back to the OS and read as zeros when reused */
    uintptr_t released = heap_scavenge();
    CHECK(released > 0, "scavenger released nothing");
    char *again = mallocgc(&c, 200000, 0);
    int nz2 = 0;
    for (int i = 0; i < 200000; i++)
        nz2 += again[i] != 0;
    CHECK(nz2 == 0, "scavenged pages not zero (%d bytes)", nz2);
    mcache_release(&c);
}

int main(void)
{
    static MCache c;
    mcache_init(&c);
    test_size_classes();
    test_small(&c);
    static MCache fresh;    /* the tiny block starts empty */
    test_tiny(&fresh);
    test_large(&c);
    test_threads();
    mcache_release(&c);
    test_sweep();
    printf("malloc_test: %d passed, %d failed\n", npass, nfail);
    return nfail != 0;
}
