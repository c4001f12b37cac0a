/*
 * map_test.c — unit test of runtime/map.c, driving the hashmap directly over
 * hand-built type descriptors and inspecting its internal states: the
 * bucket count make chooses for a hint, doubling (B, oldbuckets, nevacuate,
 * the evacuatedX/evacuatedY/evacuatedEmpty marks left in old buckets and
 * the X/Y split by the next hash bit), lookups that read an old bucket until
 * it is evacuated, same-size growth once overflow buckets pile up,
 * emptyRest after deletes, iteration that stays correct while the map grows
 * and changes under it (every key present for the whole iteration exactly
 * once, deleted keys never, values current), float keys (+0 == -0, NaN
 * never found, each NaN insert a new entry), strings, indirect (> 128 byte)
 * keys, and the fatal and panic paths (in child processes).
 *
 * Random choices (which keys to delete or add) come from a fixed-seed
 * generator; the map's own hash seed and iteration start stay random, so
 * the iteration checks run many times each.
 *
 * Prints one line per failed check and a summary; exits 1 on any failure.
 */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "runtime/map.h"
#include "runtime/runtime.h"
#include "vm/vm.h"

/* map.c's tophash markers and flags (Go's runtime/map.go values). */
enum {
    EMPTY_REST = 0, EMPTY_ONE = 1, EVACUATED_X = 2, EVACUATED_Y = 3, EVACUATED_EMPTY = 4,
    MIN_TOP_HASH = 5,
    F_ITERATOR = 1, F_OLD_ITERATOR = 2, F_HASH_WRITING = 4, F_SAME_SIZE_GROW = 8,
};

static int npass, nfail;

#define CHECK(cond, ...) do {                                              \
        if (cond) {                                                        \
            npass++;                                                       \
        } else {                                                           \
            nfail++;                                                       \
            printf("FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond);         \
            printf(__VA_ARGS__);                                           \
            printf("\n");                                                  \
        }                                                                  \
    } while (0)

/* ---- hand-built type descriptors ---- */

static const uint8_t mask_string[1] = {1};
static const uint8_t mask_eface[1] = {3};
static const RType t_int = {.kind = RK_INT, .align = 8, .size = 8, .flags = RT_COMPARABLE,
                            .hash = 0x1234, .str = "int"};
static const RType t_string = {.kind = RK_STRING, .align = 8, .size = 16,
                               .flags = RT_COMPARABLE | RT_HASPTR, .hash = 0x2345, .str = "string",
                               .ptrmask = mask_string};
static const RType t_float64 = {.kind = RK_FLOAT64, .align = 8, .size = 8, .flags = RT_COMPARABLE,
                                .hash = 0x3456, .str = "float64"};
static const RType t_big = {.kind = RK_ARRAY, .align = 8, .size = 160, .flags = RT_COMPARABLE,
                            .hash = 0x4567, .str = "[20]int", .elem = &t_int, .len = 20};
static const RType t_slice = {.kind = RK_SLICE, .align = 8, .size = 24, .flags = RT_HASPTR,
                              .hash = 0x5678, .str = "[]int", .elem = &t_int, .ptrmask = mask_string};
static const RType t_eface = {.kind = RK_INTERFACE, .align = 8, .size = 16,
                              .flags = RT_COMPARABLE | RT_HASPTR, .hash = 0x6789,
                              .str = "interface {}", .ptrmask = mask_eface};

#define MAPTYPE(name, k, e, s)                                                       \
    static const RType name = {.kind = RK_MAP, .align = 8, .size = 8,                \
                               .flags = RT_DIRECT | RT_HASPTR, .str = s, .key = &k,  \
                               .elem = &e}
MAPTYPE(t_map_int_int, t_int, t_int, "map[int]int");
MAPTYPE(t_map_string_int, t_string, t_int, "map[string]int");
MAPTYPE(t_map_float_int, t_float64, t_int, "map[float64]int");
MAPTYPE(t_map_big_big, t_big, t_big, "map[[20]int][20]int");
MAPTYPE(t_map_eface_int, t_eface, t_int, "map[interface {}]int");

static G *g;

/* ---- helpers ---- */

/* Deterministic choices for the test itself (xorshift64*). */
static uint64_t rng_state = 0x9E3779B97F4A7C15ull;
static uint64_t rnd(void)
{
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 2685821657736338717ull;
}

static void put(Hmap *h, int64_t k, int64_t v)
{
    *(int64_t *)map_assign(g, h, &t_map_int_int, &k) = v;
}

static bool get(Hmap *h, int64_t k, int64_t *v)
{
    int64_t *p = map_access(g, h, &t_map_int_int, &k);
    if (p && v)
        *v = *p;
    return p != NULL;
}

static void del(Hmap *h, int64_t k)
{
    map_delete(g, h, &t_map_int_int, &k);
}

static uint64_t hash_int(Hmap *h, int64_t k)
{
    return rt_hash(g, &t_int, &k, h->hash0);
}

static Bmap *bucket_at(Hmap *h, void *base, uintptr_t i)
{
    return (Bmap *)((uint8_t *)base + i * h->mi.bucketsize);
}

static Bmap *overflow(Hmap *h, Bmap *b)
{
    return *(Bmap **)((uint8_t *)b + h->mi.bucketsize - 8);
}

static void *slot_key(Hmap *h, Bmap *b, int i)
{
    return (uint8_t *)b + 8 + (size_t)i * h->mi.keysize;
}

static bool is_evacuated(Bmap *b)
{
    return b->tophash[0] > EMPTY_ONE && b->tophash[0] < MIN_TOP_HASH;
}

/* ---- make: B from the hint ---- */

static void test_make_hint(void)
{
    static const struct { int64_t hint; int B; } cases[] = {
        {-1, 0}, {0, 0}, {1, 0}, {8, 0}, {9, 1}, {13, 1}, {14, 2}, {26, 2}, {27, 3},
        {52, 3}, {53, 4}, {100, 4}, {104, 4}, {105, 5}, {1000, 8}, {6656, 10}, {6657, 11},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Hmap *h = map_make(g, &t_map_int_int, cases[i].hint);
        CHECK(h->B == cases[i].B, "hint %lld: B = %d, want %d", (long long)cases[i].hint, h->B, cases[i].B);
        CHECK(h->count == 0 && h->oldbuckets == NULL, "hint %lld: fresh map", (long long)cases[i].hint);
        CHECK((h->B == 0) == (h->buckets == NULL), "hint %lld: buckets allocated iff B > 0",
              (long long)cases[i].hint);
        if (h->B >= 4)
            CHECK(h->next_overflow != NULL, "hint %lld: preallocated overflow buckets", (long long)cases[i].hint);
    }
    /* the hint does not cap the size */
    Hmap *h = map_make(g, &t_map_int_int, 10);
    for (int64_t k = 0; k < 1000; k++)
        put(h, k, k);
    CHECK(map_len(h) == 1000, "len %lld", (long long)map_len(h));
    CHECK(map_len(NULL) == 0, "nil map len");
}

/* ---- doubling ---- */

/* Checks an old bucket chain that has been evacuated by a doubling: every
 * slot is marked evacuatedX/Y/Empty; X and Y agree with the key's hash bit
 * (map.c leaves old keys in place for keys without pointers, as Go does),
 * and the key is found in new bucket oldbucket or oldbucket + newbit. */
static void check_evacuated_chain(Hmap *h, void *old, uintptr_t ob, uintptr_t newbit, int *nx, int *ny)
{
    for (Bmap *b = bucket_at(h, old, ob); b; b = overflow(h, b)) {
        for (int i = 0; i < 8; i++) {
            uint8_t th = b->tophash[i];
            CHECK(th == EVACUATED_X || th == EVACUATED_Y || th == EVACUATED_EMPTY,
                  "old bucket %lu slot %d: tophash %u after evacuation", (unsigned long)ob, i, th);
            if (th != EVACUATED_X && th != EVACUATED_Y)
                continue;
            int64_t k = *(int64_t *)slot_key(h, b, i);
            uint64_t hash = hash_int(h, k);
            bool y = (hash & newbit) != 0;
            CHECK(y == (th == EVACUATED_Y), "key %lld marked %s, hash bit says %s", (long long)k,
                  th == EVACUATED_Y ? "Y" : "X", y ? "Y" : "X");
            uintptr_t nb = hash & ((newbit << 1) - 1);
            CHECK(nb == ob + (y ? newbit : 0), "key %lld: new bucket %lu from old %lu", (long long)k,
                  (unsigned long)nb, (unsigned long)ob);
            if (th == EVACUATED_X)
                (*nx)++;
            else
                (*ny)++;
        }
    }
}

static void test_doubling(void)
{
    Hmap *h = map_make(g, &t_map_int_int, 0);
    CHECK(h->buckets == NULL, "lazy bucket allocation");
    int64_t k = 0;
    /* fill up to the load factor of 2^6 buckets without triggering growth */
    while (!(h->B == 6 && h->count == 13 * 64 / 2))
        put(h, k, k * 3), k++;
    CHECK(h->oldbuckets == NULL, "no growth in progress at count %lld B %d", (long long)h->count, h->B);
    CHECK(h->count == 416 && h->B == 6, "count %lld B %d", (long long)h->count, h->B);
    /* the next new key starts a doubling to B 7 */
    void *prev = h->buckets;
    put(h, k, k * 3), k++;
    CHECK(h->B == 7, "B after the doubling: %d", h->B);
    CHECK(h->oldbuckets == prev, "oldbuckets is the previous array");
    CHECK(!(h->flags & F_SAME_SIZE_GROW), "not a same-size growth");
    CHECK(h->nevacuate >= 1 && h->nevacuate <= 2, "nevacuate after one assign: %lu", (unsigned long)h->nevacuate);
    CHECK(h->buckets != prev, "a new array");

    void *old = h->oldbuckets;
    uintptr_t newbit = 64;

    /* lookups during growth: every key found with its value; keys of old
     * buckets not yet evacuated are read from the old array */
    int from_old = 0, wrong = 0, missing = 0;
    uint8_t *old_lo = old, *old_hi = (uint8_t *)old + 64 * (size_t)h->mi.bucketsize;
    for (int64_t j = 0; j < k; j++) {
        int64_t *p = map_access(g, h, &t_map_int_int, &j);
        if (!p) {
            missing++;
            continue;
        }
        if (*p != j * 3)
            wrong++;
        uintptr_t ob = hash_int(h, j) & 63;
        bool in_old_array = (uint8_t *)p >= old_lo && (uint8_t *)p < old_hi;
        if (!is_evacuated(bucket_at(h, old, ob))) {
            /* main bucket or one of its overflow buckets, never the new array */
            uint8_t *nlo = h->buckets, *nhi = (uint8_t *)h->buckets + 128 * (size_t)h->mi.bucketsize;
            CHECK(!((uint8_t *)p >= nlo && (uint8_t *)p < nhi), "key %lld of unevacuated old bucket %lu read from the new array",
                  (long long)j, (unsigned long)ob);
            from_old += in_old_array;
        } else {
            CHECK(!in_old_array, "key %lld of evacuated old bucket %lu read from the old array", (long long)j,
                  (unsigned long)ob);
        }
    }
    CHECK(missing == 0 && wrong == 0, "during growth: %d missing, %d wrong values", missing, wrong);
    CHECK(from_old > 0, "some lookups were served by the old array");

    /* the unevacuated old buckets still hold live tophash values */
    for (uintptr_t ob = h->nevacuate; ob < 64; ob++) {
        Bmap *b = bucket_at(h, old, ob);
        if (is_evacuated(b))
            continue;
        for (int i = 0; i < 8; i++)
            CHECK(b->tophash[i] == EMPTY_REST || b->tophash[i] == EMPTY_ONE || b->tophash[i] >= MIN_TOP_HASH,
                  "unevacuated old bucket %lu slot %d has mark %u", (unsigned long)ob, i, b->tophash[i]);
    }

    /* every assign (even of an existing key) evacuates; nevacuate only grows */
    uintptr_t last = h->nevacuate;
    int assigns = 0;
    bool monotonic = true;
    while (h->oldbuckets) {
        put(h, 0, 0);    /* an existing key: evacuates its bucket and the next one */
        assigns++;
        if (h->oldbuckets && h->nevacuate < last)
            monotonic = false;
        if (h->oldbuckets) {
            CHECK(h->nevacuate > last, "assign %d did not advance nevacuate (%lu)", assigns, (unsigned long)last);
            last = h->nevacuate;
            /* every old bucket below nevacuate is evacuated */
            for (uintptr_t ob = 0; ob < h->nevacuate; ob++)
                CHECK(is_evacuated(bucket_at(h, old, ob)), "old bucket %lu below nevacuate %lu not evacuated",
                      (unsigned long)ob, (unsigned long)h->nevacuate);
        }
        if (assigns > 64)
            break;
    }
    CHECK(monotonic, "nevacuate went backwards");
    CHECK(h->oldbuckets == NULL, "growth finished after %d assigns", assigns);
    CHECK(assigns <= 63, "growth took %d assigns for 64 old buckets", assigns);
    CHECK(h->B == 7 && h->nevacuate == 64, "after growth: B %d nevacuate %lu", h->B, (unsigned long)h->nevacuate);

    /* the detached old array: all marks evacuated, X/Y by the hash bit */
    int nx = 0, ny = 0;
    for (uintptr_t ob = 0; ob < 64; ob++)
        check_evacuated_chain(h, old, ob, newbit, &nx, &ny);
    /* the key that started the growth went straight to the new array */
    CHECK(nx + ny == 416, "old array held %d entries, want 416", nx + ny);
    CHECK(nx > 100 && ny > 100, "X/Y split %d/%d", nx, ny);

    /* contents after growth */
    put(h, 0, 0);
    missing = wrong = 0;
    for (int64_t j = 0; j < k; j++) {
        int64_t v;
        if (!get(h, j, &v))
            missing++;
        else if (v != (j == 0 ? 0 : j * 3))
            wrong++;
    }
    CHECK(missing == 0 && wrong == 0, "after growth: %d missing, %d wrong", missing, wrong);
    CHECK(map_len(h) == 417, "len %lld", (long long)map_len(h));

    /* deletes also drive evacuation */
    while (!h->oldbuckets)
        put(h, k, k * 3), k++;
    CHECK(h->B == 8, "second doubling to B 8: %d", h->B);
    last = h->nevacuate;
    int64_t dk = 1;
    del(h, dk);
    CHECK(h->nevacuate > last || h->oldbuckets == NULL, "delete advanced nevacuate %lu -> %lu", (unsigned long)last,
          (unsigned long)h->nevacuate);
    CHECK(!get(h, dk, NULL), "deleted key gone");
    /* lookups never evacuate */
    last = h->nevacuate;
    for (int64_t j = 0; j < k; j++)
        get(h, j, NULL);
    CHECK(h->nevacuate == last, "lookups moved nevacuate %lu -> %lu", (unsigned long)last, (unsigned long)h->nevacuate);
    for (int i = 0; h->oldbuckets && i < 1000; i++)
        del(h, -1);    /* absent keys still evacuate, always the next bucket in order too */
    CHECK(h->oldbuckets == NULL, "deletes of an absent key finished the growth");
    CHECK(h->B == 8 && map_len(h) == k - 1, "after deletes: B %d len %lld", h->B, (long long)map_len(h));
}

/* ---- same-size growth ---- */

static void test_same_size_growth(void)
{
    Hmap *h = map_make(g, &t_map_int_int, 100);
    CHECK(h->B == 4, "B %d", h->B);
    const int window = 90;     /* below 6.5 * 16 = 104: never a doubling */
    int64_t next = 0;
    for (; next < window; next++)
        put(h, next, next);
    bool started = false;
    int64_t steps = 0;
    void *old = NULL;
    /* a sliding window of keys: overflow chains grow where buckets overfill
     * and never shrink, until noverflow reaches 2^B */
    while (steps < 2000000) {
        void *before = h->oldbuckets;
        int Bbefore = h->B;
        uint16_t novf = h->noverflow;
        put(h, next, next);
        del(h, next - window);
        next++, steps++;
        if (!before && h->oldbuckets) {
            started = true;
            old = h->oldbuckets;
            CHECK(h->B == Bbefore, "same-size growth keeps B: %d -> %d", Bbefore, h->B);
            CHECK(h->flags & F_SAME_SIZE_GROW, "sameSizeGrow flag set");
            CHECK(novf >= 16, "noverflow was %u at the same-size growth", novf);
            CHECK(h->noverflow < novf, "noverflow reset (%u)", h->noverflow);
            break;
        }
    }
    CHECK(started, "no same-size growth after %lld steps", (long long)steps);
    if (!started)
        return;
    CHECK(map_len(h) == window, "len %lld", (long long)map_len(h));
    /* keys readable during the growth */
    int missing = 0;
    for (int64_t k = next - window; k < next; k++) {
        int64_t v;
        if (!get(h, k, &v) || v != k)
            missing++;
    }
    CHECK(missing == 0, "%d keys missing during same-size growth", missing);
    int assigns = 0;
    while (h->oldbuckets && assigns < 100)
        put(h, next - 1, next - 1), assigns++;
    CHECK(h->oldbuckets == NULL, "same-size growth finished after %d assigns", assigns);
    CHECK(!(h->flags & F_SAME_SIZE_GROW), "flag cleared after growth");
    CHECK(h->B == 4, "B %d", h->B);
    /* a same-size evacuation marks everything X (or empty) */
    int bad = 0, moved = 0;
    for (uintptr_t ob = 0; ob < 16; ob++)
        for (Bmap *b = bucket_at(h, old, ob); b; b = overflow(h, b))
            for (int i = 0; i < 8; i++) {
                if (b->tophash[i] == EVACUATED_X)
                    moved++;
                else if (b->tophash[i] != EVACUATED_EMPTY)
                    bad++;
            }
    CHECK(bad == 0, "%d old slots neither evacuatedX nor evacuatedEmpty", bad);
    CHECK(moved == window, "%d entries moved, want %d", moved, window);
    missing = 0;
    for (int64_t k = next - window; k < next; k++) {
        int64_t v;
        if (!get(h, k, &v) || v != k)
            missing++;
    }
    CHECK(missing == 0, "%d keys missing after same-size growth", missing);
    CHECK(!get(h, next - window - 1, NULL), "a deleted key stayed deleted");
}

/* ---- emptyRest after deletes ---- */

static void test_empty_rest(void)
{
    Hmap *h = map_make(g, &t_map_int_int, 50);
    for (int64_t k = 0; k < 50; k++)
        put(h, k, k);
    uint32_t seed = h->hash0;
    /* delete in a shuffled order */
    int64_t order[50];
    for (int i = 0; i < 50; i++)
        order[i] = i;
    for (int i = 49; i > 0; i--) {
        int j = (int)(rnd() % (uint64_t)(i + 1));
        int64_t t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    for (int i = 0; i < 49; i++)
        del(h, order[i]);
    CHECK(map_len(h) == 1, "one left");
    /* the last key is still reachable past emptyOne / emptyRest marks */
    CHECK(get(h, order[49], NULL), "last key found");
    del(h, order[49]);
    CHECK(map_len(h) == 0, "empty");
    CHECK(h->oldbuckets == NULL, "no growth");
    int notrest = 0;
    for (uintptr_t i = 0; i < ((uintptr_t)1 << h->B); i++)
        for (Bmap *b = bucket_at(h, h->buckets, i); b; b = overflow(h, b))
            for (int s = 0; s < 8; s++)
                notrest += b->tophash[s] != EMPTY_REST;
    CHECK(notrest == 0, "%d slots not emptyRest after deleting everything", notrest);
    /* Go reseeds an emptied map; a 1 in 2^32 chance of a false alarm */
    CHECK(h->hash0 != seed, "hash0 reseeded when the map became empty");
    MapIter *it = map_iter_init(g, h);
    CHECK(it->key == NULL, "iterating an empty map yields nothing");
    put(h, 7, 70);
    CHECK(map_len(h) == 1 && get(h, 7, NULL), "reusable");
}

/* ---- iteration while the map changes and grows ---- */

enum { MAXK = 200000 };
static int64_t cur[MAXK];
static bool present[MAXK], at_start[MAXK], deleted_during[MAXK];
static int returned[MAXK];
static int64_t next_key;

static void track_put(Hmap *h, int64_t k, int64_t v)
{
    put(h, k, v);
    cur[k] = v;
    present[k] = true;
}

static void track_del(Hmap *h, int64_t k)
{
    del(h, k);
    if (present[k])
        deleted_during[k] = true;
    present[k] = false;
}

static int64_t random_present(void)
{
    for (int tries = 0; tries < 1000; tries++) {
        int64_t k = (int64_t)(rnd() % (uint64_t)next_key);
        if (present[k])
            return k;
    }
    return -1;
}

typedef struct IterStats {
    int steps;
    bool saw_growing;        /* oldbuckets != NULL at some step */
    bool saw_B_change;       /* the table grew after the iteration started */
} IterStats;

/* Iterates h, doing ndel deletes, nins inserts and nupd updates after each
 * key returned; checks the iteration guarantees. */
static IterStats iterate_mutating(const char *what, Hmap *h, int ndel, int nins, int nupd)
{
    IterStats st = {0};
    memcpy(at_start, present, sizeof at_start);
    memset(deleted_during, 0, sizeof deleted_during);
    memset(returned, 0, sizeof returned);
    int64_t start_next = next_key;
    int bad_absent = 0, bad_value = 0, bad_range = 0;
    MapIter *it = map_iter_init(g, h);
    uint8_t B0 = h->B;
    while (it->key) {
        int64_t k = *(int64_t *)it->key, v = *(int64_t *)it->elem;
        if (k < 0 || k >= next_key) {
            bad_range++;
        } else {
            if (!present[k])
                bad_absent++;       /* a deleted key (or garbage) came out */
            else if (v != cur[k])
                bad_value++;
            returned[k]++;
        }
        st.steps++;
        if (h->oldbuckets)
            st.saw_growing = true;
        for (int i = 0; i < ndel; i++) {
            int64_t d = random_present();
            if (d >= 0)
                track_del(h, d);
        }
        for (int i = 0; i < nins && next_key < MAXK; i++) {
            int64_t n = next_key++;
            track_put(h, n, n * 7 + 1);
        }
        for (int i = 0; i < nupd; i++) {
            int64_t u = random_present();
            if (u >= 0)
                track_put(h, u, cur[u] + 1000000);
        }
        if (h->oldbuckets)
            st.saw_growing = true;
        if (h->B != B0)
            st.saw_B_change = true;
        map_iter_next(g, it);
    }
    int dup = 0, lost = 0;
    for (int64_t k = 0; k < next_key; k++) {
        if (returned[k] > 1)
            dup++;
        if (k < start_next && at_start[k] && !deleted_during[k] && returned[k] != 1)
            lost++;
    }
    CHECK(bad_range == 0, "%s: %d keys out of range", what, bad_range);
    CHECK(bad_absent == 0, "%s: %d deleted keys returned", what, bad_absent);
    CHECK(bad_value == 0, "%s: %d stale values", what, bad_value);
    CHECK(dup == 0, "%s: %d keys returned twice", what, dup);
    CHECK(lost == 0, "%s: %d keys present throughout not returned", what, lost);
    /* the map agrees with the model afterwards */
    int64_t n = 0;
    int disagree = 0;
    for (int64_t k = 0; k < next_key; k++) {
        int64_t v;
        bool found = get(h, k, &v);
        if (found != present[k] || (found && v != cur[k]))
            disagree++;
        n += present[k];
    }
    CHECK(disagree == 0 && map_len(h) == n, "%s: map and model disagree on %d keys (len %lld, want %lld)", what,
          disagree, (long long)map_len(h), (long long)n);
    return st;
}

static Hmap *fresh_tracked(int64_t nkeys, bool stop_when_growing)
{
    memset(present, 0, sizeof present);
    Hmap *h = map_make(g, &t_map_int_int, 0);
    next_key = 0;
    while (next_key < nkeys) {
        int64_t k = next_key++;
        track_put(h, k, k * 7 + 1);
        if (stop_when_growing && h->B >= 8 && h->oldbuckets && h->nevacuate < 8)
            break;
    }
    return h;
}

static void test_iteration(void)
{
    int grew_during = 0, started_growing = 0, rounds = 30;
    for (int r = 0; r < rounds; r++) {
        /* 1. the iteration starts during a doubling (old buckets half
         *    evacuated as it goes), with deletes, inserts and updates */
        Hmap *h = fresh_tracked(MAXK, true);
        CHECK(h->oldbuckets != NULL, "round %d: growing at the start", r);
        IterStats st = iterate_mutating("growing at start", h, 1, 1, 1);
        started_growing += st.saw_growing;

        /* 2. the iteration starts on a settled map that then doubles
         *    several times under it (3 inserts per key returned) */
        h = fresh_tracked(200, false);
        st = iterate_mutating("grows during", h, 1, 3, 1);
        grew_during += st.saw_B_change;

        /* 3. deletes only: half the keys vanish during the iteration */
        h = fresh_tracked(5000, false);
        st = iterate_mutating("deletes", h, 1, 0, 0);
        CHECK(st.steps <= 5000, "deletes: %d steps", st.steps);
    }
    CHECK(started_growing == rounds, "iteration saw the growth in %d/%d rounds", started_growing, rounds);
    CHECK(grew_during == rounds, "the map grew during the iteration in %d/%d rounds", grew_during, rounds);

    /* 4. the iteration starts during a same-size growth */
    memset(present, 0, sizeof present);
    Hmap *h = map_make(g, &t_map_int_int, 100);
    next_key = 0;
    const int window = 90;
    for (; next_key < window; next_key++)
        track_put(h, next_key, next_key);
    int same = 0;
    for (int steps = 0; steps < 2000000 && same < 20; steps++) {
        int64_t k = next_key++;
        if (next_key >= MAXK)
            break;
        track_put(h, k, k);
        track_del(h, k - window);
        if (h->oldbuckets && (h->flags & F_SAME_SIZE_GROW) && h->nevacuate < 4) {
            IterStats st = iterate_mutating("same-size growth", h, 1, 1, 1);
            CHECK(st.saw_growing, "same-size growth in progress during the iteration");
            same++;
            /* restore the window invariant: exactly the last `window` keys */
            for (int64_t j = 0; j < next_key; j++)
                if (present[j] && j < next_key - window)
                    track_del(h, j);
            for (int64_t j = next_key - window; j < next_key; j++)
                if (!present[j])
                    track_put(h, j, j);
        }
    }
    CHECK(same > 0, "no iteration during a same-size growth");

    /* 5. iteration order starts at a random place */
    h = fresh_tracked(1000, false);
    int64_t first = -1;
    bool varied = false;
    for (int i = 0; i < 50 && !varied; i++) {
        MapIter *it = map_iter_init(g, h);
        int64_t f = *(int64_t *)it->key;
        if (first >= 0 && f != first)
            varied = true;
        first = f;
    }
    CHECK(varied, "50 iterations all started at the same key");
    CHECK(h->flags & F_ITERATOR, "iterator flag set");
}

/* ---- float keys ---- */

static void test_float_keys(void)
{
    Hmap *h = map_make(g, &t_map_float_int, 0);
    double pz = 0.0, nz = -0.0;
    *(int64_t *)map_assign(g, h, &t_map_float_int, &pz) = 1;
    *(int64_t *)map_assign(g, h, &t_map_float_int, &nz) = 2;
    CHECK(map_len(h) == 1, "+0 and -0 one key: len %lld", (long long)map_len(h));
    int64_t *p = map_access(g, h, &t_map_float_int, &pz);
    CHECK(p && *p == 2, "+0 finds the -0 entry");
    MapIter *it = map_iter_init(g, h);
    CHECK(it->key && signbit(*(double *)it->key), "the key stored is the last written (-0)");

    double nan = NAN;
    for (int i = 0; i < 10; i++)
        *(int64_t *)map_assign(g, h, &t_map_float_int, &nan) = 100 + i;
    CHECK(map_len(h) == 11, "each NaN insert adds an entry: len %lld", (long long)map_len(h));
    CHECK(map_access(g, h, &t_map_float_int, &nan) == NULL, "a NaN is never found");
    map_delete(g, h, &t_map_float_int, &nan);
    CHECK(map_len(h) == 11, "deleting NaN deletes nothing");
    double other = -nan;
    CHECK(map_access(g, h, &t_map_float_int, &other) == NULL, "nor is -NaN");

    /* NaN entries survive doublings that happen while iterating (evacuate
     * sends them X or Y by the low tophash bit when an iterator exists) */
    int seen[10] = {0}, others = 0, bad = 0;
    it = map_iter_init(g, h);
    double next = 1.0;
    uint8_t B0 = h->B;
    while (it->key) {
        double k = *(double *)it->key;
        int64_t v = *(int64_t *)it->elem;
        if (k != k) {
            if (v >= 100 && v < 110)
                seen[v - 100]++;
            else
                bad++;
        } else {
            others++;
        }
        for (int i = 0; i < 20; i++) {
            *(int64_t *)map_assign(g, h, &t_map_float_int, &next) = -1;
            next += 1.0;
        }
        map_iter_next(g, it);
    }
    CHECK(h->B > B0 + 2, "the map grew during the iteration (B %d -> %d)", B0, h->B);
    CHECK(bad == 0, "%d NaN entries with wrong values", bad);
    for (int i = 0; i < 10; i++)
        CHECK(seen[i] == 1, "NaN entry %d returned %d times", i, seen[i]);
    /* and after growth all NaN entries are still there, none findable */
    int nans = 0;
    for (it = map_iter_init(g, h); it->key; map_iter_next(g, it))
        nans += *(double *)it->key != *(double *)it->key;
    CHECK(nans == 10, "%d NaN entries after growth", nans);
    CHECK(map_access(g, h, &t_map_float_int, &nan) == NULL, "still never found");
    CHECK(others >= 1, "the zero key returned");
    CHECK(map_len(h) == 11 + (int64_t)(next - 1.0), "len %lld, want %lld", (long long)map_len(h),
          (long long)(11 + (int64_t)(next - 1.0)));
    double one = 1.0;
    p = map_access(g, h, &t_map_float_int, &one);
    CHECK(p && *p == -1, "ordinary float keys found");

    /* NaNs hash randomly: they spread over the buckets instead of piling
     * into one overflow chain */
    h = map_make(g, &t_map_float_int, 0);
    for (int i = 0; i < 1000; i++)
        *(int64_t *)map_assign(g, h, &t_map_float_int, &nan) = i;
    for (int i = 0; h->oldbuckets && i < 1000; i++)
        *(int64_t *)map_assign(g, h, &t_map_float_int, &nan) = -1;
    CHECK(h->oldbuckets == NULL, "growth finished");
    uintptr_t nb = (uintptr_t)1 << h->B, used = 0;
    for (uintptr_t i = 0; i < nb; i++)
        used += !(bucket_at(h, h->buckets, i)->tophash[0] <= EMPTY_ONE);
    CHECK(used > nb / 2, "NaN entries in only %lu of %lu buckets", (unsigned long)used, (unsigned long)nb);

    /* an iteration that starts during a doubling: for an old bucket not yet
     * evacuated it keeps the NaN entries whose low tophash bit matches the
     * half it stands for, and evacuation (with an iterator present) sends
     * NaNs by that same bit, so each is returned once */
    enum { NNAN = 3000 };
    static int nseen[NNAN];
    for (int round = 0; round < 10; round++) {
        h = map_make(g, &t_map_float_int, 0);
        for (int i = 0; i < NNAN; i++)
            *(int64_t *)map_assign(g, h, &t_map_float_int, &nan) = i;
        next = 1.0;
        while (!(h->oldbuckets && h->nevacuate < 4)) {
            *(int64_t *)map_assign(g, h, &t_map_float_int, &next) = -1;
            next += 1.0;
        }
        CHECK(h->B >= 9, "B %d", h->B);
        memset(nseen, 0, sizeof nseen);
        bool growing_seen = false;
        int wrong = 0;
        for (it = map_iter_init(g, h); it->key; map_iter_next(g, it)) {
            double k = *(double *)it->key;
            int64_t v = *(int64_t *)it->elem;
            if (k != k) {
                if (v >= 0 && v < NNAN)
                    nseen[v]++;
                else
                    wrong++;
            }
            growing_seen |= h->oldbuckets != NULL;
            /* an update of an existing key: evacuates without inserting */
            *(int64_t *)map_assign(g, h, &t_map_float_int, &one) = -1;
        }
        CHECK(growing_seen, "growth in progress during the iteration");
        int dup = 0, lost = 0;
        for (int i = 0; i < NNAN; i++) {
            dup += nseen[i] > 1;
            lost += nseen[i] == 0;
        }
        CHECK(wrong == 0 && dup == 0 && lost == 0, "round %d: NaN entries: %d wrong, %d twice, %d lost", round, wrong,
              dup, lost);
    }
}

/* ---- string and indirect keys ---- */

static void test_string_keys(void)
{
    Hmap *h = map_make(g, &t_map_string_int, 0);
    char buf[32];
    static char store[20000][16];
    for (int i = 0; i < 20000; i++) {
        int n = snprintf(store[i], sizeof store[i], "key%d", i);
        GoString s = {(const uint8_t *)store[i], n};
        *(int64_t *)map_assign(g, h, &t_map_string_int, &s) = i;
    }
    CHECK(map_len(h) == 20000, "len %lld", (long long)map_len(h));
    int missing = 0;
    for (int i = 0; i < 20000; i++) {
        /* a different buffer with the same bytes */
        int n = snprintf(buf, sizeof buf, "key%d", i);
        GoString s = {(const uint8_t *)buf, n};
        int64_t *p = map_access(g, h, &t_map_string_int, &s);
        if (!p || *p != i)
            missing++;
    }
    CHECK(missing == 0, "%d string keys missing", missing);
    GoString empty = {NULL, 0};
    CHECK(map_access(g, h, &t_map_string_int, &empty) == NULL, "empty string absent");
    *(int64_t *)map_assign(g, h, &t_map_string_int, &empty) = -5;
    int64_t *p = map_access(g, h, &t_map_string_int, &empty);
    CHECK(p && *p == -5, "empty string key");
    GoString prefix = {(const uint8_t *)"key1", 3};
    CHECK(map_access(g, h, &t_map_string_int, &prefix) == NULL, "prefix of a key is not a key");
    for (int i = 0; i < 20000; i += 2) {
        GoString s = {(const uint8_t *)store[i], (int64_t)strlen(store[i])};
        map_delete(g, h, &t_map_string_int, &s);
    }
    CHECK(map_len(h) == 10001, "len after deletes %lld", (long long)map_len(h));
    int64_t sum = 0;
    for (MapIter *it = map_iter_init(g, h); it->key; map_iter_next(g, it))
        sum += *(int64_t *)it->elem;
    CHECK(sum == 100000000 - 5, "sum of remaining values %lld", (long long)sum);
}

static void test_indirect_keys(void)
{
    Hmap *h = map_make(g, &t_map_big_big, 0);
    CHECK(h->mi.indirectkey && h->mi.indirectelem, "160-byte keys and elems stored indirectly");
    CHECK(h->mi.keysize == 8 && h->mi.elemsize == 8, "slot sizes %u %u", h->mi.keysize, h->mi.elemsize);
    int64_t key[20], *e;
    for (int i = 0; i < 500; i++) {
        memset(key, 0, sizeof key);
        key[0] = i;
        key[19] = -i;
        e = map_assign(g, h, &t_map_big_big, key);
        e[0] = i * 2;
        e[19] = i * 3;
    }
    CHECK(map_len(h) == 500, "len %lld", (long long)map_len(h));
    int bad = 0;
    for (int i = 0; i < 500; i++) {
        memset(key, 0, sizeof key);
        key[0] = i;
        key[19] = -i;
        e = map_access(g, h, &t_map_big_big, key);
        if (!e || e[0] != i * 2 || e[19] != i * 3)
            bad++;
        key[10] = 1;
        if (map_access(g, h, &t_map_big_big, key))
            bad++;
    }
    CHECK(bad == 0, "%d indirect lookups wrong", bad);
    for (int i = 0; i < 500; i += 5) {
        memset(key, 0, sizeof key);
        key[0] = i;
        key[19] = -i;
        map_delete(g, h, &t_map_big_big, key);
    }
    int n = 0;
    int64_t sum = 0;
    for (MapIter *it = map_iter_init(g, h); it->key; map_iter_next(g, it)) {
        n++;
        sum += ((int64_t *)it->key)[0];
    }
    CHECK(n == 400 && map_len(h) == 400, "%d entries after deletes", n);
    CHECK(sum == 124750 - 24750, "key sum %lld", (long long)sum);
}

/* ---- interface keys ---- */

static void test_iface_keys(void)
{
    Hmap *h = map_make(g, &t_map_eface_int, 0);
    int64_t one = 1, two = 2;
    GoString s1 = {(const uint8_t *)"1", 1};
    GoEface k1 = {&t_int, &one}, k2 = {&t_int, &two}, ks = {&t_string, &s1}, knil = {NULL, NULL};
    *(int64_t *)map_assign(g, h, &t_map_eface_int, &k1) = 10;
    *(int64_t *)map_assign(g, h, &t_map_eface_int, &k2) = 20;
    *(int64_t *)map_assign(g, h, &t_map_eface_int, &ks) = 30;
    *(int64_t *)map_assign(g, h, &t_map_eface_int, &knil) = 40;
    CHECK(map_len(h) == 4, "len %lld", (long long)map_len(h));
    int64_t one_again = 1;
    GoEface k1b = {&t_int, &one_again};   /* another box, same value */
    int64_t *p = map_access(g, h, &t_map_eface_int, &k1b);
    CHECK(p && *p == 10, "equal dynamic value in another box found");
    double fone = 1.0;
    GoEface kf1 = {&t_float64, &fone};
    CHECK(map_access(g, h, &t_map_eface_int, &kf1) == NULL, "float64(1) is not int(1)");
    p = map_access(g, h, &t_map_eface_int, &knil);
    CHECK(p && *p == 40, "nil interface key");
}

/* ---- fatal and panic paths, in child processes ---- */

static int run_child(void (*fn)(void), char *out, size_t outsz)
{
    int pfd[2];
    if (pipe(pfd) != 0)
        return -1;
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(pfd[1], 1);
        dup2(pfd[1], 2);
        close(pfd[0]);
        fn();
        _exit(0);
    }
    close(pfd[1]);
    size_t n = 0;
    ssize_t r;
    while (n + 1 < outsz && (r = read(pfd[0], out + n, outsz - 1 - n)) > 0)
        n += (size_t)r;
    out[n] = '\0';
    close(pfd[0]);
    int status;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void child_concurrent_write(void)
{
    Hmap *h = map_make(g, &t_map_int_int, 0);
    put(h, 1, 1);
    h->flags |= F_HASH_WRITING;     /* as if another goroutine were mid-assign */
    put(h, 2, 2);
}

static void child_concurrent_delete(void)
{
    Hmap *h = map_make(g, &t_map_int_int, 0);
    put(h, 1, 1);
    h->flags |= F_HASH_WRITING;
    del(h, 1);
}

static void child_nil_assign(void)
{
    put(NULL, 1, 1);
}

static void child_unhashable(void)
{
    Hmap *h = map_make(g, &t_map_eface_int, 0);
    GoSlice s = {0};
    GoEface k = {&t_slice, &s};
    map_assign(g, h, &t_map_eface_int, &k);
}

static void child_unhashable_lookup_empty(void)
{
    GoSlice s = {0};
    GoEface k = {&t_slice, &s};
    map_access(g, NULL, &t_map_eface_int, &k);
}

static void test_fatal_paths(void)
{
    static char out[4096];
    static const struct { const char *name; void (*fn)(void); const char *want; } cases[] = {
        {"concurrent write", child_concurrent_write, "fatal error: concurrent map writes"},
        {"concurrent delete", child_concurrent_delete, "fatal error: concurrent map writes"},
        {"nil map write", child_nil_assign, "panic: assignment to entry in nil map"},
        {"unhashable key", child_unhashable, "panic: runtime error: hash of unhashable type []int"},
        {"unhashable lookup in a nil map", child_unhashable_lookup_empty,
         "panic: runtime error: hash of unhashable type []int"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int st = run_child(cases[i].fn, out, sizeof out);
        CHECK(st == 2, "%s: exit status %d, want 2 (output: %s)", cases[i].name, st, out);
        CHECK(strstr(out, cases[i].want) != NULL, "%s: output lacks \"%s\": %s", cases[i].name, cases[i].want, out);
    }
}

int main(void)
{
    g = vm_new_g(NULL);
    test_make_hint();
    test_doubling();
    test_same_size_growth();
    test_empty_rest();
    test_iteration();
    test_float_keys();
    test_string_keys();
    test_indirect_keys();
    test_iface_keys();
    test_fatal_paths();
    printf("%d passed, %d failed\n", npass, nfail);
    if (nfail == 0)
        printf("ok\n");
    return nfail ? 1 : 0;
}
