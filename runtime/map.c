/*
 * map.c — Go's hashmap (runtime/map.go of Go 1.19), in C.
 *
 * A map is a pointer to an hmap; the nil map is NULL. The table is an array
 * of 2^B buckets. Each bucket holds up to 8 key/elem pairs: a tophash byte
 * per slot (the top 8 bits of the key's hash, or a marker below minTopHash:
 * emptyRest, emptyOne, evacuatedX/Y, evacuatedEmpty), then the 8 keys, then
 * the 8 elems, then an overflow-bucket pointer. Keys or elems over 128
 * bytes are stored indirectly (the slot holds a pointer). The low-order
 * bits of the hash select a bucket, the tophash byte speeds up the scan.
 *
 * Growth. When the average load passes 6.5 per bucket (count > 6.5·2^B) the
 * table doubles; when there are too many overflow buckets for the size
 * (noverflow ≥ 2^min(B,15)) it is rebuilt at the same size. Growth is
 * incremental: oldbuckets keeps the previous array, and every assign or
 * delete evacuates the old bucket it is about to use plus the next one in
 * order (nevacuate). Evacuating old bucket i of a doubling sends each entry
 * to new bucket i ("X") or i + 2^(B-1) ("Y") by the next hash bit, and marks
 * the old slots evacuatedX/evacuatedY. Lookups read the old bucket until it
 * has been evacuated.
 *
 * Iteration walks the buckets from a random bucket and offset; during a
 * growth it walks the new array's order but, for an old bucket not yet
 * evacuated, reads the old bucket and keeps only the keys that belong to the
 * new bucket it stands for (checkBucket), so every key present for the whole
 * iteration is returned exactly once and deleted keys are not returned.
 *
 * Invariants: hashWriting is set for the duration of an assign or delete;
 * seeing it on entry means another write is in progress — Go's fatal
 * "concurrent map writes". A map is used by one goroutine at a time unless
 * the program synchronises; nothing here locks.
 */
#include <pthread.h>
#include <stdbool.h>
#include <string.h>

#include "runtime/gc.h"
#include "runtime/map.h"
#include "runtime/runtime.h"

enum {
    BUCKET_CNT = 8,
    MAX_KEY_SIZE = 128,
    MAX_ELEM_SIZE = 128,
    EMPTY_REST = 0,       /* this slot and every later one (and overflows) are empty */
    EMPTY_ONE = 1,        /* this slot is empty */
    EVACUATED_X = 2,      /* key/elem moved to the first half of the larger table */
    EVACUATED_Y = 3,      /* ... to the second half */
    EVACUATED_EMPTY = 4,  /* slot empty, bucket evacuated */
    MIN_TOP_HASH = 5,
    ITERATOR = 1,         /* there may be an iterator using buckets */
    OLD_ITERATOR = 2,     /* there may be an iterator using oldbuckets */
    HASH_WRITING = 4,     /* a goroutine is writing to the map */
    SAME_SIZE_GROW = 8,   /* the current growth is to a table of the same size */
};

#define NO_CHECK ((uintptr_t)1 << 63)



/* How keys compare and hash, decided once per map. */
static uint8_t key_kind(const RType *k)
{
    switch ((RKind)k->kind) {
    case RK_INT: case RK_INT64: case RK_UINT: case RK_UINT64: case RK_UINTPTR: case RK_POINTER:
    case RK_CHAN: case RK_UNSAFEPTR:
        return KEY_WORD;
    case RK_STRING:
        return KEY_STRING;
    case RK_INT32: case RK_UINT32:
        return KEY_WORD32;
    default:
        return KEY_GENERIC;
    }
}

static void map_info(const RType *mt, MapInfo *mi)
{
    mi->keykind = key_kind(mt->key);
    mi->key = mt->key;
    mi->elem = mt->elem;
    mi->indirectkey = mt->key->size > MAX_KEY_SIZE;
    mi->indirectelem = mt->elem->size > MAX_ELEM_SIZE;
    mi->keysize = mi->indirectkey ? 8 : (uint32_t)mt->key->size;
    mi->elemsize = mi->indirectelem ? 8 : (uint32_t)mt->elem->size;
    uint32_t sz = 8 + BUCKET_CNT * mi->keysize + BUCKET_CNT * mi->elemsize;
    mi->bucketsize = ((sz + 7) & ~7u) + 8;
    mi->noscan = !mi->indirectkey && !mi->indirectelem && !(mt->key->flags & RT_HASPTR) &&
                 !(mt->elem->flags & RT_HASPTR);
    mi->bucketmask = NULL;
}

/* The pointer words of a bucket: keys' and elems' (one word for an indirect
 * one, which the slot holds a pointer to), and the overflow link. */
#define SETBIT(mask, w) ((mask)[(w) / 8] |= (uint8_t)(1u << ((w) % 8)))

/* The pointer words of a slot of type t at byte offset off: one word if the
 * slot holds a pointer to the value (indirect), else t's own. */
static void slot_mask(uint8_t *mask, size_t off, const RType *t, bool indirect)
{
    if (indirect) {
        SETBIT(mask, off / 8);
        return;
    }
    if (t->flags & RT_HASPTR)
        for (size_t w = 0; w < (size_t)t->size / 8; w++)
            if ((t->ptrmask[w / 8] >> (w % 8)) & 1)
                SETBIT(mask, off / 8 + w);
}

static void bucket_mask_of(const MapInfo *mi, uint8_t *mask)
{
    for (int i = 0; i < BUCKET_CNT; i++) {
        slot_mask(mask, 8 + (size_t)i * mi->keysize, mi->key, mi->indirectkey);
        slot_mask(mask, 8 + BUCKET_CNT * (size_t)mi->keysize + (size_t)i * mi->elemsize, mi->elem, mi->indirectelem);
    }
    SETBIT(mask, mi->bucketsize / 8 - 1);   /* the overflow link */
}

#define BKEY(mi, b, i)  ((uint8_t *)(b) + 8 + (size_t)(i) * (mi)->keysize)
#define BELEM(mi, b, i) ((uint8_t *)(b) + 8 + BUCKET_CNT * (size_t)(mi)->keysize + (size_t)(i) * (mi)->elemsize)
#define BUCKET(mi, base, i) ((Bmap *)((uint8_t *)(base) + (size_t)(i) * (mi)->bucketsize))

static inline Bmap *overflow_of(const MapInfo *mi, Bmap *b)
{
    return *(Bmap **)((uint8_t *)b + mi->bucketsize - 8);
}

static inline void set_overflow(const MapInfo *mi, Bmap *b, Bmap *ovf)
{
    *(Bmap **)((uint8_t *)b + mi->bucketsize - 8) = ovf;
}

static inline bool is_empty(uint8_t x) { return x <= EMPTY_ONE; }

static inline uint8_t tophash(uintptr_t hash)
{
    uint8_t top = (uint8_t)(hash >> 56);
    if (top < MIN_TOP_HASH)
        top += MIN_TOP_HASH;
    return top;
}

static inline bool evacuated(const Bmap *b)
{
    uint8_t h = b->tophash[0];
    return h > EMPTY_ONE && h < MIN_TOP_HASH;
}

static inline uintptr_t bucket_shift(uint8_t b) { return (uintptr_t)1 << (b & 63); }
static inline uintptr_t bucket_mask(uint8_t b) { return bucket_shift(b) - 1; }

static inline bool over_load_factor(int64_t count, uint8_t B)
{
    return count > BUCKET_CNT && (uint64_t)count > 13 * (bucket_shift(B) / 2);
}

static inline bool too_many_overflow_buckets(uint16_t noverflow, uint8_t B)
{
    if (B > 15)
        B = 15;
    return noverflow >= (uint16_t)1 << (B & 15);
}

static inline bool growing(const Hmap *h) { return h->oldbuckets != NULL; }
static inline bool same_size_grow(const Hmap *h) { return h->flags & SAME_SIZE_GROW; }

static inline uintptr_t noldbuckets(const Hmap *h)
{
    uint8_t oldB = h->B;
    if (!same_size_grow(h))
        oldB--;
    return bucket_shift(oldB);
}

static inline uintptr_t oldbucketmask(const Hmap *h) { return noldbuckets(h) - 1; }

/* fastrand: per-thread xorshift state, seeded from the address of the
 * state and the clock the first time a thread asks. */
static __thread uint64_t rand_state;

uint32_t rt_fastrand(void)
{
    if (!rand_state) {
        uint64_t s = (uint64_t)(uintptr_t)&rand_state ^ 0x9E3779B97F4A7C15ull;
        uint32_t lo, hi;
        __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
        s ^= (uint64_t)hi << 32 | lo;
        rand_state = s ? s : 1;
    }
    uint64_t x = rand_state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    rand_state = x;
    return (uint32_t)(x >> 32);
}

/* ---- hashing (wyhash's mixing, as Go's memhashFallback) ---- */

static inline uint64_t mix(uint64_t a, uint64_t b)
{
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static inline uint64_t rd64(const uint8_t *p) { uint64_t v; memcpy(&v, p, 8); return v; }
static inline uint64_t rd32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }

#define M0 0xa0761d6478bd642full
#define M1 0xe7037ed1a0b428dbull
#define M2 0x8ebc6af09c88c6e3ull
#define M3 0x589965cc75374cc3ull
#define M4 0x1d8e4e27c47d124full

uint64_t rt_memhash(const void *ptr, size_t s, uint64_t seed)
{
    const uint8_t *p = ptr;
    uint64_t a, b;
    seed ^= M0;
    if (s <= 16) {
        if (s >= 4) {
            a = rd32(p) << 32 | rd32(p + ((s >> 3) << 2));
            b = rd32(p + s - 4) << 32 | rd32(p + s - 4 - ((s >> 3) << 2));
        } else if (s > 0) {
            a = (uint64_t)p[0] << 16 | (uint64_t)p[s >> 1] << 8 | p[s - 1];
            b = 0;
        } else {
            a = b = 0;
        }
    } else {
        size_t l = s;
        if (l > 48) {
            uint64_t seed1 = seed, seed2 = seed;
            for (; l > 48; l -= 48, p += 48) {
                seed = mix(rd64(p) ^ M1, rd64(p + 8) ^ seed);
                seed1 = mix(rd64(p + 16) ^ M2, rd64(p + 24) ^ seed1);
                seed2 = mix(rd64(p + 32) ^ M3, rd64(p + 40) ^ seed2);
            }
            seed ^= seed1 ^ seed2;
        }
        for (; l > 16; l -= 16, p += 16)
            seed = mix(rd64(p) ^ M1, rd64(p + 8) ^ seed);
        a = rd64(p + l - 16);
        b = rd64(p + l - 8);
    }
    return mix(M4 ^ s, mix(a ^ M1, b ^ seed));
}

static inline uint64_t hash64(uint64_t v, uint64_t seed)
{
    return mix(M4 ^ 8, mix((v << 32 | v >> 32) ^ M1, v ^ seed ^ M0));
}

uint64_t rt_hash(G *g, const RType *t, const void *p, uint64_t seed)
{
    switch ((RKind)t->kind) {
    case RK_FLOAT32: {
        float f = *(const float *)p;
        if (f == 0)
            return hash64(0, seed);      /* +0 and -0 */
        if (f != f)
            return hash64(rt_fastrand(), seed);   /* NaN: every one distinct */
        return rt_memhash(p, 4, seed);
    }
    case RK_FLOAT64: {
        double f = *(const double *)p;
        if (f == 0)
            return hash64(0, seed);
        if (f != f)
            return hash64((uint64_t)rt_fastrand() << 32 | rt_fastrand(), seed);
        return rt_memhash(p, 8, seed);
    }
    case RK_COMPLEX64: {
        static const RType f32 = {.kind = RK_FLOAT32, .size = 4};
        return rt_hash(g, &f32, (const float *)p + 1, rt_hash(g, &f32, p, seed));
    }
    case RK_COMPLEX128: {
        static const RType f64 = {.kind = RK_FLOAT64, .size = 8};
        return rt_hash(g, &f64, (const double *)p + 1, rt_hash(g, &f64, p, seed));
    }
    case RK_STRING: {
        const GoString *s = p;
        return rt_memhash(s->ptr, (size_t)s->len, seed);
    }
    case RK_INTERFACE: {
        const void *const *w = p;
        const RType *dt = iface_dyntype(t, w[0]);
        if (!dt)
            return seed;
        if (!(dt->flags & RT_COMPARABLE))
            rt_panic_runtime(g, "hash of unhashable type %s", dt->str);
        const void *v = (dt->flags & RT_DIRECT) ? (const void *)&w[1] : w[1];
        return rt_hash(g, dt, v, seed ^ dt->hash) * 31;
    }
    case RK_ARRAY: {
        uint64_t h = seed;
        for (int64_t i = 0; i < t->len; i++)
            h = rt_hash(g, t->elem, (const uint8_t *)p + i * t->elem->size, h);
        return h;
    }
    case RK_STRUCT: {
        uint64_t h = seed;
        for (int i = 0; i < t->nfields; i++) {
            if (!strcmp(t->fields[i].name, "_"))
                continue;
            h = rt_hash(g, t->fields[i].type, (const uint8_t *)p + t->fields[i].offset, h);
        }
        return h;
    }
    case RK_SLICE: case RK_MAP: case RK_FUNC:
        rt_panic_runtime(g, "hash of unhashable type %s", t->str);
    default:
        if (t->size == 8)
            return hash64(*(const uint64_t *)p, seed);
        return rt_memhash(p, (size_t)t->size, seed);
    }
}

/* Hash functions by kind, as Go's typehash: the descriptor's hashfn. */
static uint64_t hash_word(G *g, const RType *t, const void *p, uint64_t seed)
{
    (void)g; (void)t;
    return hash64(*(const uint64_t *)p, seed);
}

static uint64_t hash_mem(G *g, const RType *t, const void *p, uint64_t seed)
{
    (void)g;
    return rt_memhash(p, (size_t)t->size, seed);
}

static uint64_t hash_str(G *g, const RType *t, const void *p, uint64_t seed)
{
    (void)g; (void)t;
    const GoString *s = p;
    return rt_memhash(s->ptr, (size_t)s->len, seed);
}

RHashFn rtype_hashfn(const RType *t)
{
    if (!(t->flags & RT_COMPARABLE))
        return NULL;
    switch ((RKind)t->kind) {
    case RK_STRING:
        return hash_str;
    case RK_FLOAT32: case RK_FLOAT64: case RK_COMPLEX64: case RK_COMPLEX128: case RK_INTERFACE:
    case RK_ARRAY: case RK_STRUCT:
        return rt_hash;
    default:
        return t->size == 8 ? hash_word : hash_mem;
    }
}

/* Does an assignment with an equal key need to store the new key? (+0/-0,
 * strings sharing, interfaces: Go's needkeyupdate.) */
static bool need_key_update(const RType *t)
{
    switch ((RKind)t->kind) {
    case RK_FLOAT32: case RK_FLOAT64: case RK_COMPLEX64: case RK_COMPLEX128: case RK_STRING:
    case RK_INTERFACE:
        return true;
    case RK_ARRAY:
        return need_key_update(t->elem);
    case RK_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (need_key_update(t->fields[i].type))
                return true;
        return false;
    default:
        return false;
    }
}

#define ALWAYS_INLINE inline __attribute__((always_inline))

/* kk is the key kind: a constant in the fast paths, so the switch folds. */
static ALWAYS_INLINE bool key_equal_k(G *g, const MapInfo *mi, int kk, const void *a, const void *b)
{
    switch (kk) {
    case KEY_WORD:
        return *(const uint64_t *)a == *(const uint64_t *)b;
    case KEY_WORD32:
        return *(const uint32_t *)a == *(const uint32_t *)b;
    case KEY_STRING: {
        const GoString *x = a, *y = b;
        return x->len == y->len && (x->ptr == y->ptr || !x->len || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
    }
    default:
        return mi->key->equalfn ? mi->key->equalfn(g, mi->key, a, b) : rt_equal(g, mi->key, a, b);
    }
}

static inline bool key_equal(G *g, const MapInfo *mi, const void *a, const void *b)
{
    return key_equal_k(g, mi, mi->keykind, a, b);
}

static ALWAYS_INLINE uint64_t key_hash_k(G *g, const MapInfo *mi, int kk, const void *k, uint64_t seed)
{
    switch (kk) {
    case KEY_WORD:
        return hash64(*(const uint64_t *)k, seed);
    case KEY_WORD32:
        return hash64(*(const uint32_t *)k, seed);
    case KEY_STRING: {
        const GoString *s = k;
        return rt_memhash(s->ptr, (size_t)s->len, seed);
    }
    default:
        return mi->key->hashfn ? mi->key->hashfn(g, mi->key, k, seed) : rt_hash(g, mi->key, k, seed);
    }
}

static inline uint64_t key_hash(G *g, const MapInfo *mi, const void *k, uint64_t seed)
{
    return key_hash_k(g, mi, mi->keykind, k, seed);
}

/* Slot copies: keys and elems of one or two words are the common case. */
static inline void copy_slot(void *dst, const void *src, uint32_t n)
{
    if (n == 8)
        memcpy(dst, src, 8);
    else if (n == 16)
        memcpy(dst, src, 16);
    else
        memcpy(dst, src, n);
}

/* ---- allocation ---- */

/* n buckets: a scan map's are laid out by its bucket mask (Go's
 * maptype.bucket type); a noscan map's overflow links are kept alive by
 * its OvfList instead (keep_overflow). */
static void *alloc_buckets(G *g, const MapInfo *mi, size_t n)
{
    if (mi->noscan)
        return rt_alloc_noscan(g, (size_t)mi->bucketsize * n);
    PtrLayout l = {0, 0, mi->bucketsize / 8, mi->bucketmask};
    return rt_alloc_layout(g, (size_t)mi->bucketsize * n, &l);
}

static Bmap *new_bucket(G *g, const MapInfo *mi)
{
    return alloc_buckets(g, mi, 1);
}

static const PtrLayout ovflist_layout = {PTR_WORD(OvfList, next), PTR_WORDS(OvfList), 1, rt_allptr_mask};

/* A noscan map's new overflow bucket joins h->overflow (the GC does not
 * look inside the buckets that link to it). */
static void keep_overflow(G *g, Hmap *h, Bmap *ovf)
{
    OvfList *l = h->overflow;
    if (!l || l->n == l->cap) {
        int64_t cap = l ? 2 * l->cap : 8;
        OvfList *nl = rt_alloc_layout(g, sizeof(OvfList) + (size_t)cap * sizeof(void *), &ovflist_layout);
        nl->cap = cap;
        if (l) {
            nl->n = l->n;
            memcpy(nl->v, l->v, (size_t)l->n * sizeof(void *));
            gc_store_ptr(&l->next, nl);
        }
        gc_store_ptr(&h->overflow, nl);
        l = nl;
    }
    l->v[l->n++] = ovf;
}

/* 2^b buckets plus, for b >= 4, 2^(b-4) preallocated overflow buckets
 * (rounded up to the size class); the last preallocated one points back at
 * the array as a sentinel. */
static void *make_bucket_array(G *g, const MapInfo *mi, uint8_t b, Bmap **next_overflow)
{
    uintptr_t base = bucket_shift(b), nbuckets = base;
    if (b >= 4) {
        nbuckets += bucket_shift(b - 4);
        uint64_t sz = (uint64_t)mi->bucketsize * nbuckets;
        uint64_t up = rt_roundupsize(sz);
        if (up != sz)
            nbuckets = up / mi->bucketsize;
    }
    void *buckets = alloc_buckets(g, mi, nbuckets);
    *next_overflow = NULL;
    if (base != nbuckets) {
        *next_overflow = BUCKET(mi, buckets, base);
        set_overflow(mi, BUCKET(mi, buckets, nbuckets - 1), (Bmap *)buckets);
    }
    return buckets;
}

static void incr_noverflow(Hmap *h)
{
    if (h->B < 16) {
        h->noverflow++;
        return;
    }
    uint32_t mask = ((uint32_t)1 << (h->B - 15)) - 1;
    if ((rt_fastrand() & mask) == 0)
        h->noverflow++;
}

static Bmap *new_overflow(G *g, const MapInfo *mi, Hmap *h, Bmap *b)
{
    Bmap *ovf;
    if (h->next_overflow) {
        ovf = h->next_overflow;
        if (overflow_of(mi, ovf) == NULL) {
            h->next_overflow = (Bmap *)((uint8_t *)ovf + mi->bucketsize);
        } else {
            set_overflow(mi, ovf, NULL);   /* the sentinel: no more preallocated */
            h->next_overflow = NULL;
        }
    } else {
        ovf = new_bucket(g, mi);
        if (mi->noscan)
            keep_overflow(g, h, ovf);
    }
    incr_noverflow(h);
    set_overflow(mi, b, ovf);
    return ovf;
}

Hmap *map_make(G *g, const RType *mt, int64_t hint)
{
    static const PtrLayout hmap_layout = {
        PTR_WORD(Hmap, buckets) | PTR_WORD(Hmap, oldbuckets) | PTR_WORD(Hmap, next_overflow) |
        PTR_WORD(Hmap, overflow) | PTR_WORD(Hmap, oldoverflow), PTR_WORDS(Hmap), 0, NULL};
    MapInfo mi;
    map_info(mt, &mi);
    /* the bucket mask (at most 2064-byte buckets: 33 bytes) goes after the
     * Hmap, which is allocated last: the bucket array may be big enough to
     * be populated off the P, and a collection meanwhile would not see an
     * Hmap held only here (malloc.c's alloc) */
    uint8_t mask[64] = {0};
    size_t masklen = mi.noscan ? 0 : mi.bucketsize / 64 + 1;
    if (masklen) {
        bucket_mask_of(&mi, mask);
        mi.bucketmask = mask;
    }
    if (hint < 0 || hint > ((int64_t)1 << 40))
        hint = 0;
    uint8_t B = 0;
    while (over_load_factor(hint, B))
        B++;
    void *buckets = NULL;
    Bmap *next_overflow = NULL;
    if (B != 0)
        buckets = make_bucket_array(g, &mi, B, &next_overflow);
    Hmap *h = rt_alloc_layout(g, sizeof(Hmap) + masklen, &hmap_layout);
    if (masklen) {
        memcpy(h + 1, mask, masklen);
        mi.bucketmask = (const uint8_t *)(h + 1);
    }
    h->mi = mi;
    h->t = mt;
    h->hash0 = rt_fastrand();
    h->B = B;
    h->buckets = buckets;
    h->next_overflow = next_overflow;
    return h;
}

/* ---- growth ---- */

typedef struct EvacDst {
    Bmap *b;
    int i;
    uint8_t *k, *e;
} EvacDst;

static bool bucket_evacuated(const MapInfo *mi, const Hmap *h, uintptr_t bucket)
{
    return evacuated(BUCKET(mi, h->oldbuckets, bucket));
}

static void advance_evacuation_mark(const MapInfo *mi, Hmap *h, uintptr_t newbit)
{
    h->nevacuate++;
    uintptr_t stop = h->nevacuate + 1024;
    if (stop > newbit)
        stop = newbit;
    while (h->nevacuate != stop && bucket_evacuated(mi, h, h->nevacuate))
        h->nevacuate++;
    if (h->nevacuate == newbit) {
        gc_store_ptr(&h->oldbuckets, NULL);   /* growth done */
        gc_store_ptr(&h->oldoverflow, NULL);
        h->flags &= (uint8_t)~SAME_SIZE_GROW;
    }
}

static void evacuate(G *g, const MapInfo *mi, Hmap *h, uintptr_t oldbucket)
{
    Bmap *b = BUCKET(mi, h->oldbuckets, oldbucket);
    uintptr_t newbit = noldbuckets(h);
    if (!evacuated(b)) {
        EvacDst xy[2];
        xy[0].b = BUCKET(mi, h->buckets, oldbucket);
        xy[0].i = 0;
        xy[0].k = BKEY(mi, xy[0].b, 0);
        xy[0].e = BELEM(mi, xy[0].b, 0);
        if (!same_size_grow(h)) {
            xy[1].b = BUCKET(mi, h->buckets, oldbucket + newbit);
            xy[1].i = 0;
            xy[1].k = BKEY(mi, xy[1].b, 0);
            xy[1].e = BELEM(mi, xy[1].b, 0);
        }
        for (; b; b = overflow_of(mi, b)) {
            for (int i = 0; i < BUCKET_CNT; i++) {
                uint8_t top = b->tophash[i];
                if (is_empty(top)) {
                    b->tophash[i] = EVACUATED_EMPTY;
                    continue;
                }
                if (top < MIN_TOP_HASH)
                    rt_fatal(g, "bad map state");
                uint8_t *k = BKEY(mi, b, i), *e = BELEM(mi, b, i);
                const void *k2 = mi->indirectkey ? *(void **)k : (void *)k;
                int use_y = 0;
                if (!same_size_grow(h)) {
                    uint64_t hash = key_hash(g, mi, k2, h->hash0);
                    if ((h->flags & ITERATOR) && !key_equal(g, mi, k2, k2)) {
                        /* NaN: the hash is random, so the iterator's choice is
                         * reproduced from the low bit of tophash */
                        use_y = top & 1;
                        top = tophash(hash);
                    } else if (hash & newbit) {
                        use_y = 1;
                    }
                }
                b->tophash[i] = (uint8_t)(EVACUATED_X + use_y);
                EvacDst *dst = &xy[use_y];
                if (dst->i == BUCKET_CNT) {
                    dst->b = new_overflow(g, mi, h, dst->b);
                    dst->i = 0;
                    dst->k = BKEY(mi, dst->b, 0);
                    dst->e = BELEM(mi, dst->b, 0);
                }
                dst->b->tophash[dst->i & (BUCKET_CNT - 1)] = top;
                copy_slot(dst->k, k, mi->keysize);    /* the pointer itself when indirect */
                copy_slot(dst->e, e, mi->elemsize);
                dst->i++;
                dst->k += mi->keysize;
                dst->e += mi->elemsize;
            }
        }
    }
    if (oldbucket == h->nevacuate)
        advance_evacuation_mark(mi, h, newbit);
}

static void grow_work(G *g, const MapInfo *mi, Hmap *h, uintptr_t bucket)
{
    /* evacuate the old bucket about to be used, then one more in order */
    evacuate(g, mi, h, bucket & oldbucketmask(h));
    if (growing(h))
        evacuate(g, mi, h, h->nevacuate);
}

static void hash_grow(G *g, const MapInfo *mi, Hmap *h)
{
    uint8_t bigger = 1;
    if (!over_load_factor(h->count + 1, h->B)) {
        bigger = 0;
        h->flags |= SAME_SIZE_GROW;
    }
    void *old = h->buckets;
    Bmap *next;
    void *nb = make_bucket_array(g, mi, (uint8_t)(h->B + bigger), &next);
    uint8_t flags = h->flags & (uint8_t)~(ITERATOR | OLD_ITERATOR);
    if (h->flags & ITERATOR)
        flags |= OLD_ITERATOR;
    h->B += bigger;
    h->flags = flags;
    gc_store_ptr(&h->oldbuckets, old);
    gc_store_ptr(&h->buckets, nb);
    h->nevacuate = 0;
    h->noverflow = 0;
    gc_store_ptr(&h->next_overflow, next);
    gc_store_ptr(&h->oldoverflow, h->overflow);
    gc_store_ptr(&h->overflow, NULL);
}

/* ---- access, assign, delete ---- */

static ALWAYS_INLINE void *access_kk(G *g, const MapInfo *mi, int kk, Hmap *h, const void *key, void **kout)
{
    uint64_t hash = key_hash_k(g, mi, kk, key, h->hash0);
    uintptr_t m = bucket_mask(h->B);
    Bmap *b = BUCKET(mi, h->buckets, hash & m);
    if (h->oldbuckets) {
        if (!same_size_grow(h))
            m >>= 1;    /* there used to be half as many buckets */
        Bmap *oldb = BUCKET(mi, h->oldbuckets, hash & m);
        if (!evacuated(oldb))
            b = oldb;
    }
    uint8_t top = tophash(hash);
    for (; b; b = overflow_of(mi, b)) {
        for (int i = 0; i < BUCKET_CNT; i++) {
            if (b->tophash[i] != top) {
                if (b->tophash[i] == EMPTY_REST)
                    return NULL;
                continue;
            }
            void *k = BKEY(mi, b, i);
            if (mi->indirectkey)
                k = *(void **)k;
            if (key_equal_k(g, mi, kk, key, k)) {
                void *e = BELEM(mi, b, i);
                if (mi->indirectelem)
                    e = *(void **)e;
                if (kout)
                    *kout = k;
                return e;
            }
        }
    }
    return NULL;
}

static void *access_k(G *g, const MapInfo *mi, Hmap *h, const void *key, void **kout)
{
    return access_kk(g, mi, mi->keykind, h, key, kout);
}

/* Go's mapaccess1_fast64 and _faststr: the compiler picks these for word
 * and string keys; hashing and comparison are inlined. */
void *map_access_fast64(G *g, Hmap *h, const void *key)
{
    if (!h || h->count == 0)
        return NULL;
    if (h->flags & HASH_WRITING)
        rt_fatal(g, "concurrent map read and map write");
    return access_kk(g, &h->mi, KEY_WORD, h, key, NULL);
}

void *map_access_fast32(G *g, Hmap *h, const void *key)
{
    if (!h || h->count == 0)
        return NULL;
    if (h->flags & HASH_WRITING)
        rt_fatal(g, "concurrent map read and map write");
    return access_kk(g, &h->mi, KEY_WORD32, h, key, NULL);
}

void *map_access_faststr(G *g, Hmap *h, const void *key)
{
    if (!h || h->count == 0)
        return NULL;
    if (h->flags & HASH_WRITING)
        rt_fatal(g, "concurrent map read and map write");
    return access_kk(g, &h->mi, KEY_STRING, h, key, NULL);
}

void *map_access(G *g, Hmap *h, const RType *mt, const void *key)
{
    if (!h || h->count == 0) {
        if (mt->key->kind == RK_INTERFACE || mt->key->kind == RK_STRUCT || mt->key->kind == RK_ARRAY)
            rt_hash(g, mt->key, key, 0);   /* an unhashable key panics even here */
        return NULL;
    }
    if (h->flags & HASH_WRITING)
        rt_fatal(g, "concurrent map read and map write");
    return access_k(g, &h->mi, h, key, NULL);
}

static ALWAYS_INLINE void *assign_impl(G *g, Hmap *h, const void *key, int kk)
{
    if (!h)
        rt_panic_runtime(g, "\001assignment to entry in nil map");
    if (h->flags & HASH_WRITING)
        rt_fatal(g, "concurrent map writes");
    const MapInfo mi = h->mi;
    uint64_t hash = key_hash_k(g, &mi, kk, key, h->hash0);
    /* set after hashing, which may panic: the map is not left mid-write */
    h->flags ^= HASH_WRITING;
    if (!h->buckets)
        h->buckets = new_bucket(g, &mi);
    uint8_t *inserti;
    void *insertk, *elem;
again:;
    uintptr_t bucket = hash & bucket_mask(h->B);
    if (growing(h))
        grow_work(g, &mi, h, bucket);
    Bmap *b = BUCKET(&mi, h->buckets, bucket);
    uint8_t top = tophash(hash);
    inserti = NULL;
    insertk = elem = NULL;
    for (;;) {
        for (int i = 0; i < BUCKET_CNT; i++) {
            if (b->tophash[i] != top) {
                if (is_empty(b->tophash[i]) && !inserti) {
                    inserti = &b->tophash[i];
                    insertk = BKEY(&mi, b, i);
                    elem = BELEM(&mi, b, i);
                }
                if (b->tophash[i] == EMPTY_REST)
                    goto search_done;
                continue;
            }
            void *k = BKEY(&mi, b, i);
            if (mi.indirectkey)
                k = *(void **)k;
            if (!key_equal_k(g, &mi, kk, key, k))
                continue;
            if (kk != KEY_WORD && kk != KEY_WORD32 && need_key_update(mi.key)) {
                gc_wb_range(k, (size_t)mi.key->size);
                memcpy(k, key, (size_t)mi.key->size);
            }
            elem = BELEM(&mi, b, i);
            goto done;
        }
        Bmap *ovf = overflow_of(&mi, b);
        if (!ovf)
            break;
        b = ovf;
    }
search_done:
    /* not found: grow first if this insert would overload the table */
    if (!growing(h) && (over_load_factor(h->count + 1, h->B) || too_many_overflow_buckets(h->noverflow, h->B))) {
        hash_grow(g, &mi, h);
        goto again;
    }
    if (!inserti) {
        Bmap *nb = new_overflow(g, &mi, h, b);
        inserti = &nb->tophash[0];
        insertk = BKEY(&mi, nb, 0);
        elem = BELEM(&mi, nb, 0);
    }
    if (mi.indirectkey) {
        void *kmem = rt_alloc(g, mi.key);
        *(void **)insertk = kmem;
        insertk = kmem;
    }
    if (mi.indirectelem)
        *(void **)elem = rt_alloc(g, mi.elem);
    gc_wb_range(insertk, (size_t)mi.key->size);
    memcpy(insertk, key, (size_t)mi.key->size);
    *inserti = top;
    h->count++;
done:
    if (!(h->flags & HASH_WRITING))
        rt_fatal(g, "concurrent map writes");
    h->flags &= (uint8_t)~HASH_WRITING;
    if (mi.indirectelem)
        elem = *(void **)elem;
    return elem;
}

void *map_assign(G *g, Hmap *h, const RType *mt, const void *key)
{
    (void)mt;
    return assign_impl(g, h, key, h ? h->mi.keykind : KEY_GENERIC);
}

/* mapassign_fast64 and _faststr. */
void *map_assign_fast64(G *g, Hmap *h, const void *key)
{
    return assign_impl(g, h, key, KEY_WORD);
}

void *map_assign_fast32(G *g, Hmap *h, const void *key)
{
    return assign_impl(g, h, key, KEY_WORD32);
}

void *map_assign_faststr(G *g, Hmap *h, const void *key)
{
    return assign_impl(g, h, key, KEY_STRING);
}

void map_delete(G *g, Hmap *h, const RType *mt, const void *key)
{
    if (!h || h->count == 0) {
        if (mt->key->kind == RK_INTERFACE || mt->key->kind == RK_STRUCT || mt->key->kind == RK_ARRAY)
            rt_hash(g, mt->key, key, 0);
        return;
    }
    if (h->flags & HASH_WRITING)
        rt_fatal(g, "concurrent map writes");
    const MapInfo mi = h->mi;
    uint64_t hash = key_hash(g, &mi, key, h->hash0);
    h->flags ^= HASH_WRITING;
    uintptr_t bucket = hash & bucket_mask(h->B);
    if (growing(h))
        grow_work(g, &mi, h, bucket);
    Bmap *b = BUCKET(&mi, h->buckets, bucket), *borig = b;
    uint8_t top = tophash(hash);
    for (; b; b = overflow_of(&mi, b)) {
        for (int i = 0; i < BUCKET_CNT; i++) {
            if (b->tophash[i] != top) {
                if (b->tophash[i] == EMPTY_REST)
                    goto out;
                continue;
            }
            void *k = BKEY(&mi, b, i), *k2 = mi.indirectkey ? *(void **)k : k;
            if (!key_equal(g, &mi, key, k2))
                continue;
            gc_wb_range(k, mi.keysize);
            gc_wb_range(BELEM(&mi, b, i), mi.elemsize);
            memset(k, 0, mi.keysize);
            memset(BELEM(&mi, b, i), 0, mi.elemsize);
            b->tophash[i] = EMPTY_ONE;
            /* if the bucket now ends in empty slots, turn them into emptyRest */
            if (i == BUCKET_CNT - 1) {
                Bmap *ovf = overflow_of(&mi, b);
                if (ovf && ovf->tophash[0] != EMPTY_REST)
                    goto not_last;
            } else if (b->tophash[i + 1] != EMPTY_REST) {
                goto not_last;
            }
            for (;;) {
                b->tophash[i] = EMPTY_REST;
                if (i == 0) {
                    if (b == borig)
                        break;
                    Bmap *c = b;
                    for (b = borig; overflow_of(&mi, b) != c; b = overflow_of(&mi, b))
                        ;
                    i = BUCKET_CNT - 1;
                } else {
                    i--;
                }
                if (b->tophash[i] != EMPTY_ONE)
                    break;
            }
        not_last:
            h->count--;
            if (h->count == 0)
                h->hash0 = rt_fastrand();   /* a fresh seed against repeated collisions */
            goto out;
        }
    }
out:
    if (!(h->flags & HASH_WRITING))
        rt_fatal(g, "concurrent map writes");
    h->flags &= (uint8_t)~HASH_WRITING;
}

int64_t map_len(const Hmap *h)
{
    return h ? h->count : 0;
}

/* ---- iteration ---- */

void map_iter_next(G *g, MapIter *it)
{
    Hmap *h = it->h;
    if (h->flags & HASH_WRITING)
        rt_fatal(g, "concurrent map iteration and map write");
    const MapInfo mi = h->mi;
    uintptr_t bucket = it->bucket;
    Bmap *b = it->bptr;
    int i = it->i;
    uintptr_t check_bucket = it->check_bucket;
next:
    if (!b) {
        if (bucket == it->start_bucket && it->wrapped) {
            it->key = it->elem = NULL;
            return;
        }
        if (growing(h) && it->B == h->B) {
            /* iterating a growing map whose growth started before us: an old
             * bucket not yet evacuated stands for two new ones */
            uintptr_t oldbucket = bucket & oldbucketmask(h);
            b = BUCKET(&mi, h->oldbuckets, oldbucket);
            if (!evacuated(b)) {
                check_bucket = bucket;
            } else {
                b = BUCKET(&mi, it->buckets, bucket);
                check_bucket = NO_CHECK;
            }
        } else {
            b = BUCKET(&mi, it->buckets, bucket);
            check_bucket = NO_CHECK;
        }
        bucket++;
        if (bucket == bucket_shift(it->B)) {
            bucket = 0;
            it->wrapped = true;
        }
        i = 0;
    }
    for (; i < BUCKET_CNT; i++) {
        int offi = (i + it->offset) & (BUCKET_CNT - 1);
        uint8_t th = b->tophash[offi];
        if (is_empty(th) || th == EVACUATED_EMPTY)
            continue;
        void *k = BKEY(&mi, b, offi);
        if (mi.indirectkey)
            k = *(void **)k;
        void *e = BELEM(&mi, b, offi);
        if (check_bucket != NO_CHECK && !same_size_grow(h)) {
            /* keep only the entries that go to the new bucket we stand for */
            if (key_equal(g, &mi, k, k)) {
                uint64_t hash = key_hash(g, &mi, k, h->hash0);
                if ((hash & bucket_mask(it->B)) != check_bucket)
                    continue;
            } else if ((check_bucket >> (it->B - 1)) != (uintptr_t)(th & 1)) {
                continue;   /* NaN: the low tophash bit decides, as evacuate does */
            }
        }
        if ((th != EVACUATED_X && th != EVACUATED_Y) || !key_equal(g, &mi, k, k)) {
            it->key = k;
            if (mi.indirectelem)
                e = *(void **)e;
            it->elem = e;
        } else {
            /* the entry moved during the growth: look it up where it is now
             * (it may have been deleted or updated) */
            void *rk;
            void *re = access_k(g, &mi, h, k, &rk);
            if (!re)
                continue;
            it->key = rk;
            it->elem = re;
        }
        it->bucket = bucket;
        it->bptr = b;
        it->i = i + 1;
        it->check_bucket = check_bucket;
        return;
    }
    b = overflow_of(&mi, b);
    i = 0;
    goto next;
}

MapIter *map_iter_init(G *g, Hmap *h)
{
    static const PtrLayout iter_layout = {
        PTR_WORD(MapIter, key) | PTR_WORD(MapIter, elem) | PTR_WORD(MapIter, h) | PTR_WORD(MapIter, buckets) |
        PTR_WORD(MapIter, bptr) | PTR_WORD(MapIter, overflow) | PTR_WORD(MapIter, oldoverflow), PTR_WORDS(MapIter), 0, NULL};
    MapIter *it = rt_alloc_layout(g, sizeof(MapIter), &iter_layout);
    if (!h || h->count == 0)
        return it;     /* key == NULL: done */
    it->h = h;
    it->B = h->B;
    it->buckets = h->buckets;
    /* a noscan map: the iterator keeps the overflow buckets of the bucket
     * arrays it may walk through the list they are kept on, so the list
     * must exist before any is added (Go's mapiterinit calls createOverflow) */
    if (h->mi.noscan && !h->overflow) {
        OvfList *l = rt_alloc_layout(g, sizeof(OvfList) + 8 * sizeof(void *), &ovflist_layout);
        l->cap = 8;
        gc_store_ptr(&h->overflow, l);
    }
    it->overflow = h->overflow;
    it->oldoverflow = h->oldoverflow;
    uint64_t r = rt_fastrand();
    if (h->B > 31 - 3)
        r += (uint64_t)rt_fastrand() << 31;
    it->start_bucket = r & bucket_mask(h->B);
    it->offset = (uint8_t)((r >> h->B) & (BUCKET_CNT - 1));
    it->bucket = it->start_bucket;
    if ((h->flags & (ITERATOR | OLD_ITERATOR)) != (ITERATOR | OLD_ITERATOR))
        h->flags |= ITERATOR | OLD_ITERATOR;
    map_iter_next(g, it);
    return it;
}

void map_foreach(G *g, void *m, void (*fn)(void *ctx, const void *key, const void *val), void *ctx)
{
    Hmap *h = m;
    if (!h || !h->count)
        return;
    MapIter *it = map_iter_init(g, h);
    for (; it->key; map_iter_next(g, it))
        fn(ctx, it->key, it->elem);
}
