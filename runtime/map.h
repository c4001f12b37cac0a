/*
 * map.h — Go's hashmap (runtime/map.c has the design). A map value is a
 * pointer to an Hmap; nil is NULL. Keys and elems are passed as pointers to
 * their memory image.
 */
#ifndef GOLITE_MAP_H
#define GOLITE_MAP_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/rt.h"

typedef struct Bmap {
    uint8_t tophash[8];
    /* then 8 keys, 8 elems, and the overflow pointer (sizes from the map type) */
} Bmap;

/* Slot geometry and key handling of a map type, computed at make. */
enum { KEY_GENERIC, KEY_WORD, KEY_STRING, KEY_WORD32 };

typedef struct MapInfo {
    uint8_t keykind;        /* KEY_*: word keys and strings hash and compare inline */
    const RType *key, *elem;
    uint32_t keysize, elemsize;   /* as stored in a bucket slot */
    bool indirectkey, indirectelem;
    bool noscan;            /* buckets hold no pointers but their overflow links (Go's ptrdata == 0) */
    uint32_t bucketsize;
    const uint8_t *bucketmask;    /* scan maps: a bucket's pointer words (kept after the Hmap) */
} MapInfo;

/* Overflow buckets allocated one by one for a noscan map: bucket arrays
 * are not scanned, so this list keeps them alive (Go's hmap.extra). */
typedef struct OvfList {
    int64_t n, cap;
    /* the list that replaced this one when it was full: an iterator holds
     * the list of its start and must keep the overflow buckets added since
     * (Go's hiter holds a pointer to the one slice that grows in place) */
    struct OvfList *next;
    void *v[];
} OvfList;

typedef struct Hmap {
    int64_t count;          /* live entries: len(m) */
    uint8_t flags;
    uint8_t B;              /* log2 of the number of buckets */
    uint16_t noverflow;     /* approximate number of overflow buckets */
    uint32_t hash0;         /* hash seed, random per map */
    void *buckets;          /* 2^B buckets; NULL until the first insert when B == 0 */
    void *oldbuckets;       /* during growth: the previous array, else NULL */
    uintptr_t nevacuate;    /* old buckets below this are evacuated */
    Bmap *next_overflow;    /* Go's extra.nextOverflow: preallocated overflow buckets */
    const RType *t;         /* golite: the map type (fmt and iteration read it) */
    OvfList *overflow;      /* noscan maps: overflow buckets of buckets (Go's extra.overflow) */
    OvfList *oldoverflow;   /*   and of oldbuckets during growth */
    MapInfo mi;             /* golite: its geometry, computed once */
} Hmap;

typedef struct MapIter {
    void *key;              /* NULL when the iteration is over */
    void *elem;
    Hmap *h;
    void *buckets;          /* the bucket array when the iteration started */
    Bmap *bptr;             /* the bucket being walked */
    uintptr_t start_bucket;
    uint8_t offset;         /* slot offset the walk starts at in each bucket */
    bool wrapped;
    uint8_t B;
    int i;
    uintptr_t bucket;
    uintptr_t check_bucket;
    OvfList *overflow, *oldoverflow;    /* keep a noscan map's overflow buckets alive */
} MapIter;

Hmap    *map_make(G *g, const RType *mt, int64_t hint);
void    *map_access(G *g, Hmap *h, const RType *mt, const void *key);   /* NULL: absent */
void    *map_assign(G *g, Hmap *h, const RType *mt, const void *key);   /* the elem slot */
void    *map_access_fast64(G *g, Hmap *h, const void *key);    /* word keys */
void    *map_access_faststr(G *g, Hmap *h, const void *key);   /* string keys */
void    *map_assign_fast64(G *g, Hmap *h, const void *key);
void    *map_access_fast32(G *g, Hmap *h, const void *key);    /* 4-byte integer keys */
void    *map_assign_fast32(G *g, Hmap *h, const void *key);
void    *map_assign_faststr(G *g, Hmap *h, const void *key);
void     map_delete(G *g, Hmap *h, const RType *mt, const void *key);
int64_t  map_len(const Hmap *h);
MapIter *map_iter_init(G *g, Hmap *h);
void     map_iter_next(G *g, MapIter *it);
void     map_foreach(G *g, void *m, void (*fn)(void *ctx, const void *key, const void *val), void *ctx);
uint64_t rt_hash(G *g, const RType *t, const void *p, uint64_t seed);
uint64_t rt_memhash(const void *p, size_t n, uint64_t seed);
uint32_t rt_fastrand(void);

#endif
