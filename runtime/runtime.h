/*
 * runtime.h — runtime services the VM calls directly (slices, strings,
 * interfaces, equality, printing, panics). Natives use rt.h only.
 */
#ifndef GOLITE_RUNTIME_H
#define GOLITE_RUNTIME_H

#include "runtime/rt.h"

/* slice.c */
uint64_t rt_roundupsize(uint64_t size);
GoSlice  rt_makeslice(G *g, const RType *elem, int64_t len, int64_t cap);
_Noreturn void rt_unsafe_slice_panic(G *g, void *p, int64_t len);
/* Makes room for add more elements: on return s->cap >= s->len + add. */
void     rt_growslice(G *g, GoSlice *s, const RType *elem, int64_t add);

/* string.c */
GoString rt_concat(G *g, GoString a, GoString b);
GoString rt_concatn(G *g, const GoString *v, int n);
#define RT_TMPBUF 32    /* go's tmpBuf: a result that does not escape and fits goes in the frame */
GoString rt_concatn_buf(G *g, const GoString *v, int n, uint8_t *buf);
int      rt_strcmp(GoString a, GoString b);
GoSlice  rt_str2bytes(G *g, GoString s);
GoString rt_bytes2str(G *g, GoSlice b);
GoString rt_bytes2str_buf(G *g, GoSlice b, uint8_t *buf);
GoSlice  rt_str2runes(G *g, GoString s);
GoString rt_runes2str(G *g, GoSlice r);
GoString rt_runestr(G *g, int64_t r);

/* iface.c */
int      rt_equal(G *g, const RType *t, const void *a, const void *b);
int      rt_efaceeq(G *g, const RType *t, const void *a, const void *b);  /* dynamic type t */
const Itab *rt_getitab(G *g, const RType *inter, const RType *t, int canfail);

/* print.c: the print/println builtins; kind is how the value is printed. */
enum { PK_BOOL, PK_INT, PK_UINT, PK_FLOAT, PK_COMPLEX, PK_STRING, PK_POINTER, PK_SLICE,
       PK_EFACE, PK_IFACE, PK_FLOAT32, PK_COMPLEX64, PK_SPACE, PK_NEWLINE };
void     rt_print(G *g, int kind, const uint64_t *v);
void     rt_print_float(Buf *b, double v);   /* Go's printfloat: +1.500000e+000 */

#endif
