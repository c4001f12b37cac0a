/*
 * codegen_priv.h — state shared by the code generator's files
 * (codegen.c: functions and statements; rtypes.c: type descriptors).
 */
#ifndef GOLITE_CODEGEN_PRIV_H
#define GOLITE_CODEGEN_PRIV_H

#include "compiler/codegen.h"

typedef struct CG {
    Checker *c;
    Arena *arena;
    Diag *diag;
    Program *prog;
    const char *file;
    PtrVec rtypes;          /* RTypeEntry: canonical descriptors */
    PtrVec queue;           /* FuncJob: function bodies still to compile */
    PtrVec wrappers;        /* Wrapper: method wrappers made so far */
    int errors;
    int64_t globals_size;
    PtrVec globals;         /* Object: package variables given an offset */
    PtrVec pending;         /* FuncJob (or NULL once queued): methods waiting for their name to be called */
    PtrVec called;          /* method names called through interfaces so far */
    int deferring;          /* cg_func_of: a method-table entry, its job may wait */
    int table_entry;        /* rtypes.c is filling a method table */
    int eager_methods;      /* GOLITE_EAGER_METHODS: no waiting */
    int done;               /* queue: jobs compiled so far */
    int session;            /* a REPL session's: lives on across entries */
    int published;          /* globals: variables whose pointer bits the collector has */
} CG;

void cg_error(CG *cg, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* rtypes.c */
const RType *cg_rtype(CG *cg, Type *t);
const Itab  *cg_itab(CG *cg, Type *iface, Type *concrete);
/* The REPL: method tables of types that gained methods in a later entry,
 * made again with them. */
void         cg_refresh_methods(CG *cg);
int          cg_is_direct(Type *t);
/* Sets the bits of the pointer words of a value of type t at byte offset off. */
void         cg_mark_pointers(uint8_t *mask, Type *t, int64_t off);
/* The method set of t (T or *T) as Selections sorted by name. */
int          cg_method_set(CG *cg, Type *t, Selection **out);

/* codegen.c: a function taking the receiver as one word (pointer to the
 * value, or the value itself for direct types) that calls the selected
 * method; used in itabs and method tables. */
Closure     *cg_method_ifn(CG *cg, Type *t, Selection *sel);
Func        *cg_func_of(CG *cg, Object *fn);

#endif
