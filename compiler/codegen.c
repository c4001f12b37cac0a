/*
 * codegen.c — bytecode generation from the checked AST.
 *
 * One FS (function state) per function being compiled, Lua-style: locals
 * get registers in declaration order, temporaries are stacked above them
 * (freereg) and released at the end of each statement. A value of type T
 * occupies words(T) consecutive registers: a scalar canonically extended,
 * anything wider as its memory image (rtype.h).
 *
 * Where a variable lives: a local whose address is taken, or that a
 * closure captures, is "boxed" (its register holds a pointer to a cell:
 * in the heap if escape analysis says it escapes, else in the frame
 * region, vm/region.c);
 * package variables live in the globals block; everything else lives in
 * registers. An lvalue is described by a Loc (a register range, a byte
 * offset inside a register image, or memory at a pointer plus offset), and
 * load/store turn a Loc into instructions.
 *
 * Order of evaluation follows the spec where programs can observe it:
 * operands left to right, calls in order, and for assignments the right
 * side before the stores.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "compiler/codegen_priv.h"
#include "runtime/runtime.h"
#include "runtime/sched.h"
#include "util/mem.h"

/* ------------------------------------------------------------------ */
/* function state */

typedef struct Loop {
    struct Loop *outer;
    const char *label;
    PtrVec breaks, continues;   /* pcs of jumps to patch */
    int is_loop;
} Loop;

typedef struct LabelInfo {
    const char *name;
    int pc;                     /* -1 until defined */
    PtrVec pending;
} LabelInfo;

typedef struct FS {
    CG *cg;
    struct FS *outer;
    Func *f;
    Node *owner;                /* body BLOCK: identifies the function's variables */
    Instr *code;
    int32_t *lines;
    int ncode, capcode;
    uint64_t *k;
    int nk, capk;
    int freereg, maxreg;
    PtrVec upvals;              /* captured Objects; index = upvalue number */
    Loop *loop;
    PtrVec labels;
    int line;
    Type *sig;
    PtrVec results;             /* named result Objects (NULL entries for unnamed) */
    int nres_words;
    Node *pending_label;        /* label of the statement being compiled */
    int nclosures;              /* function literals numbered so far */
    int copy_operands;          /* variables read into temporaries (targets of a tuple assignment) */
    int has_defer;              /* the body has defer statements: returns go through the epilogue */
    int wants_region;           /* allocations stay in the frame, or defers: take a region block */
    int region;                 /* region block: register + 1 (R[r] start, R[r+1] end); 0: none */
    int64_t region_size;        /*   bytes given out to sites so far */
    int region_pc;              /*   the RENTER to patch with the size */
    int box_noesc;              /* the next interface conversion does not escape */
    PtrVec ret_jumps;           /* returns jumping to the epilogue */
    Object **res_objs;          /* has_defer: the result variables (hidden ones for unnamed results) */
    Node **open_nodes;          /* open-coded defer statements, in order */
    int nopen;                  /* their number (0: not open-coded) */
    int *open_slots;            /* each one's registers: closure, then arguments */
    int64_t *open_argw;
    int open_bits;              /* register: bit i set = defer i pending */
    Node **open_inline;         /* a deferred func literal whose body the returns run inline, or NULL */
    char *open_top;             /* the defer is a statement of the function body itself */
    char *open_done;            /*   ... and has been compiled: every later return has it pending */
    int at_function_end;        /* compiling the epilogue a recovery resumes at */
    int in_prologue;            /* no jump can target what is emitted now: ZEROs may merge */
    Node *alt_owner;            /* while inlining such a body: its variables are this frame's too */
    int *defer_frame_slots;     /* frame-allocated records: the argument block of each (record header below) */
    int nframe_defers;
} FS;

typedef struct FuncJob {
    Func *f;
    Object *obj;                /* declared function, or NULL */
    Node *decl;                 /* FUNCDECL */
} FuncJob;

void cg_error(CG *cg, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = xvasprintf(fmt, ap);
    va_end(ap);
    diag_error(cg->diag, pos, "%s", msg);
    free(msg);
    cg->errors++;
}

static Type *T_int, *T_bool, *T_string, *T_float64, *T_any;

static int64_t words_of(Type *t)
{
    int64_t s = type_size(t);
    return s <= 8 ? 1 : (s + 7) / 8;
}

static Type *U(Type *t) { return type_underlying(t); }

static int is_scalar(Type *t)
{
    switch (U(t)->kind) {
    case TY_STRING: case TY_SLICE: case TY_INTERFACE: case TY_STRUCT: case TY_ARRAY:
    case TY_COMPLEX128: case TY_TUPLE:
        return 0;
    default:
        return 1;
    }
}

static int emit(FS *fs, Instr i)
{
    if (fs->in_prologue && GET_OP(i) == OP_ZERO && fs->ncode > 0) {
        /* adjacent zeroings of the prologue become one */
        Instr prev = fs->code[fs->ncode - 1];
        if (GET_OP(prev) == OP_ZERO && GET_A(prev) + GET_C(prev) == GET_A(i)) {
            fs->code[fs->ncode - 1] = MK_ABC(OP_ZERO, GET_A(prev), 0, GET_C(prev) + GET_C(i));
            return fs->ncode - 1;
        }
    }
    if (fs->ncode == fs->capcode) {
        fs->capcode = fs->capcode ? fs->capcode * 2 : 64;
        fs->code = xrealloc(fs->code, sizeof(Instr) * (size_t)fs->capcode);
        fs->lines = xrealloc(fs->lines, sizeof(int32_t) * (size_t)fs->capcode);
    }
    fs->lines[fs->ncode] = fs->line;
    fs->code[fs->ncode] = i;
    return fs->ncode++;
}

#define ABC(op, a, b, c) emit(fs, MK_ABC(OP_##op, a, b, c))
#define ABx(op, a, bx) emit(fs, MK_ABx(OP_##op, a, (uint64_t)(bx)))
#define EXTRA(x) emit(fs, (Instr)(x))

static int kconst(FS *fs, uint64_t v)
{
    for (int i = 0; i < fs->nk && i < 64; i++)
        if (fs->k[i] == v)
            return i;
    if (fs->nk == fs->capk) {
        fs->capk = fs->capk ? fs->capk * 2 : 16;
        fs->k = xrealloc(fs->k, sizeof(uint64_t) * (size_t)fs->capk);
    }
    fs->k[fs->nk] = v;
    return fs->nk++;
}

static int kconst2(FS *fs, uint64_t a, uint64_t b)
{
    if (fs->nk + 2 > fs->capk) {
        fs->capk = fs->capk ? fs->capk * 2 + 2 : 16;
        fs->k = xrealloc(fs->k, sizeof(uint64_t) * (size_t)fs->capk);
    }
    fs->k[fs->nk] = a;
    fs->k[fs->nk + 1] = b;
    fs->nk += 2;
    return fs->nk - 2;
}

static int reserve(FS *fs, int64_t n)
{
    int r = fs->freereg;
    fs->freereg += (int)n;
    if (fs->freereg > fs->maxreg)
        fs->maxreg = fs->freereg;
    if (fs->freereg + 8 > MAX_REGS) {
        cg_error(fs->cg, (Pos){fs->line, 1}, "function too large for golite (more than %d registers)", MAX_REGS);
        fs->freereg = 0;
    }
    return r;
}

static int here(FS *fs) { return fs->ncode; }

/* Jumps: emitted with a zero offset and patched when the target is known. */
static void patch_to(FS *fs, int at, int target)
{
    Instr i = fs->code[at];
    int op = GET_OP(i);
    int64_t off = target - (at + 1);
    if (!strcmp(op_formats[op], "sBx") || !strcmp(op_formats[op], "AsBx"))
        fs->code[at] = MK_ABx(op, GET_A(i), (uint64_t)off);
    else {
        if (off > MAX_sC || off < -MAX_sC)
            cg_error(fs->cg, (Pos){fs->line, 1}, "function too large for golite (jump out of range)");
        fs->code[at] = MK_ABC(op, GET_A(i), GET_B(i), (uint64_t)off);
    }
}

static void patch_here(FS *fs, int at) { patch_to(fs, at, here(fs)); }

static void patch_list(FS *fs, PtrVec *l, int target)
{
    for (int i = 0; i < l->n; i++)
        patch_to(fs, (int)(intptr_t)l->v[i], target);
    l->n = 0;
}

static int jump(FS *fs) { return ABx(JMP, 0, 0); }

static void set_line(FS *fs, Node *n)
{
    if (n && n->pos.line)
        fs->line = n->pos.line;
}

/* ------------------------------------------------------------------ */
/* constants */

static const char *static_bytes(CG *cg, const char *s, size_t n)
{
    char *p = arena_alloc(cg->arena, n + 1);
    memcpy(p, s, n);
    return p;
}

static uint64_t fbits(double d) { uint64_t w; memcpy(&w, &d, 8); return w; }
static uint64_t f32bits(float f) { uint32_t w; memcpy(&w, &f, 4); return w; }

static void load_int(FS *fs, int dst, int64_t v)
{
    if (v >= -((int64_t)1 << 39) && v < ((int64_t)1 << 39))
        ABx(LOADI, dst, (uint64_t)v);
    else
        ABx(LOADK, dst, kconst(fs, (uint64_t)v));
}

static void load_const(FS *fs, Type *t, ConstVal *v, int dst)
{
    CG *cg = fs->cg;
    if (type_is_untyped(t))
        t = type_default(t);
    Type *u = U(t);
    ConstVal *cv;
    switch (u->kind) {
    case TY_BOOL: case TY_UNTYPED_BOOL:
        load_int(fs, dst, v->b);
        return;
    case TY_STRING: {
        const char *p = v->slen ? static_bytes(cg, v->s, v->slen) : NULL;
        ABx(LOADK2, dst, kconst2(fs, (uint64_t)p, v->slen));
        return;
    }
    case TY_FLOAT32:
        cv = const_to_kind(cg->c->ca, v, CV_FLOAT);
        load_int(fs, dst, (int64_t)f32bits(const_float32(cv)));
        return;
    case TY_FLOAT64:
        cv = const_to_kind(cg->c->ca, v, CV_FLOAT);
        ABx(LOADK, dst, kconst(fs, fbits(const_float64(cv))));
        return;
    case TY_COMPLEX64: {
        cv = const_to_kind(cg->c->ca, v, CV_COMPLEX);
        float f[2] = {const_float32(cv), (float)const_imag64(cv)};
        uint64_t w;
        memcpy(&w, f, 8);
        ABx(LOADK, dst, kconst(fs, w));
        return;
    }
    case TY_COMPLEX128:
        cv = const_to_kind(cg->c->ca, v, CV_COMPLEX);
        ABx(LOADK2, dst, kconst2(fs, fbits(const_float64(cv)), fbits(const_imag64(cv))));
        return;
    case TY_UNSAFEPTR: case TY_POINTER:
        load_int(fs, dst, 0);
        return;
    default:
        cv = const_to_kind(cg->c->ca, v, CV_INT);
        if (type_is_unsigned(u))
            load_int(fs, dst, (int64_t)const_uint64(cv));
        else
            load_int(fs, dst, const_int64(cv));
    }
}

/* ------------------------------------------------------------------ */
/* boxing: which locals need a cell (escape.c decides where the cell lives) */

static int is_local_var(Object *o)
{
    return o && o->kind == OBJ_VAR && !o->is_global && !o->is_field;
}

static Node *unparen(Node *n)
{
    while (n && n->kind == N_PAREN)
        n = n->x;
    return n;
}

static int is_pkg_selector(Node *e);

/* The variable whose storage &e would point into, if any. */
static void mark_addressed(Node *e)
{
    e = unparen(e);
    if (!e)
        return;
    if (e->kind == N_IDENT && is_local_var(e->obj)) {
        e->obj->cg_boxed = 1;
    } else if (e->kind == N_SELECTOR && e->x->type && U(e->x->type)->kind == TY_STRUCT &&
               !(e->x->mode == M_TYPEXPR)) {
        mark_addressed(e->x);
    } else if (e->kind == N_INDEX && e->x->type && U(e->x->type)->kind == TY_ARRAY) {
        mark_addressed(e->x);
    }
}

static void esc_list(NodeList *l, Node *owner);

static void esc_walk(Node *n, Node *owner)
{
    if (!n)
        return;
    switch (n->kind) {
    case N_IDENT:
        if (is_local_var(n->obj)) {
            if (!n->obj->cg_owner)
                n->obj->cg_owner = owner;
            else if (n->obj->cg_owner != owner)
                n->obj->cg_boxed = 1;
        }
        return;
    case N_FUNCLIT:
        esc_walk(n->x, n->y);
        esc_walk(n->y, n->y);
        return;
    case N_UNARY:
        if (n->op == TK_AND)
            mark_addressed(n->x);
        break;
    case N_SLICE:
        if (n->x->type && U(n->x->type)->kind == TY_ARRAY)
            mark_addressed(n->x);
        break;
    case N_SELECTOR: {
        Type *xt = n->x->type;
        if (xt && n->x->mode != M_TYPEXPR && U(xt)->kind != TY_POINTER && U(xt)->kind != TY_INTERFACE) {
            Selection s;
            if (lookup_field_or_method(xt, 0, n->y->name, NULL, &s) == 2 && s.method->ptr_recv && !s.indirect)
                mark_addressed(n->x);
        }
        break;
    }
    case N_CASE:
        if (n->obj && is_local_var(n->obj) && !n->obj->cg_owner)
            n->obj->cg_owner = owner;
        break;
    default:
        break;
    }
    esc_walk(n->x, owner);
    esc_walk(n->y, owner);
    esc_walk(n->z, owner);
    esc_walk(n->w, owner);
    esc_list(&n->list, owner);
    esc_list(&n->list2, owner);
}

static void esc_list(NodeList *l, Node *owner)
{
    for (int i = 0; i < l->n; i++)
        esc_walk(l->v[i], owner);
}

/* ------------------------------------------------------------------ */
/* locations */

typedef enum LocKind { L_REG, L_FRAME, L_PTR, L_FRAMEIDX } LocKind;

/* L_FRAMEIDX is an element of an array held in registers, indexed by a
 * register: its address (a pointer into the frame) is formed only at the
 * access itself, so no call can move the stack in between. */
typedef struct Loc {
    LocKind kind;
    int reg;            /* L_REG/L_FRAME/L_FRAMEIDX: first register; L_PTR: register holding the pointer */
    int64_t off;        /* byte offset (L_FRAME, L_PTR; L_FRAMEIDX: of the array) */
    int idx;            /* L_FRAMEIDX: index register */
    int64_t esize, alen, off2;  /* L_FRAMEIDX: element size, array length, offset inside the element */
} Loc;

static int expr(FS *fs, Node *e, int dst);
static int chan_recv_expr(FS *fs, Node *e, int dst, int commaok);
static void expr_to(FS *fs, Node *e, int dst) { expr(fs, e, dst); }
static Loc lvalue(FS *fs, Node *e);
static void stmt(FS *fs, Node *s);
static void stmt_list(FS *fs, NodeList *l);
static int call_expr(FS *fs, Node *e, int dst, int want);
static void convert_value(FS *fs, Type *from, Type *to, int src, int dst);

static int ld_op(Type *t)
{
    Type *u = U(t);
    switch (type_size(t)) {
    case 1: return (u->kind == TY_INT8) ? OP_LD8 : OP_LD8U;
    case 2: return u->kind == TY_INT16 ? OP_LD16 : OP_LD16U;
    case 4: return u->kind == TY_INT32 ? OP_LD32 : OP_LD32U;
    default: return OP_LD64;
    }
}

static int st_op(Type *t)
{
    switch (type_size(t)) {
    case 1: return OP_ST8;
    case 2: return OP_ST16;
    case 4: return OP_ST32;
    default: return OP_ST64;
    }
}

/* Makes a Loc's offset fit an instruction's C field. */
static Loc fit(FS *fs, Loc l)
{
    if (l.kind == L_FRAMEIDX) {
        int r = reserve(fs, 1);
        emit(fs, MK_ABC(OP_ADDRR, r, l.reg, l.off));
        emit(fs, MK_ABC(OP_IDXA, r, r, l.idx));
        emit(fs, (Instr)((uint64_t)l.alen << 32 | (uint64_t)l.esize));
        l = (Loc){L_PTR, r, l.off2, 0, 0, 0, 0};
    }
    if (l.kind == L_PTR && (l.off < 0 || l.off > 0xfffff)) {
        int r = reserve(fs, 1);
        ABC(CHKNIL, l.reg, 0, 0);
        load_int(fs, r, l.off);
        ABC(ADD, r, l.reg, r);
        l.reg = r;
        l.off = 0;
    }
    return l;
}

static int load(FS *fs, Loc l, Type *t, int dst)
{
    int64_t n = words_of(t), size = type_size(t);
    if (l.kind == L_REG && dst < 0)
        return l.reg;
    if (l.kind == L_FRAME && l.off % 8 == 0 && dst < 0 && (size % 8 == 0 || (is_scalar(t) && size == 8)))
        return l.reg + (int)(l.off / 8);
    if (dst < 0)
        dst = reserve(fs, n);
    l = fit(fs, l);
    switch (l.kind) {
    case L_REG:
        if (dst != l.reg) {
            if (n == 1)
                ABC(MOVE, dst, l.reg, 0);
            else
                ABC(MOVEN, dst, l.reg, n);
        }
        break;
    case L_FRAME:
        if (l.off % 8 == 0 && (size % 8 == 0 || is_scalar(t))) {
            if (size < 8 && is_scalar(t)) {
                /* a narrow scalar inside an image: extend it */
            } else {
                ABC(MOVEN, dst, l.reg + (int)(l.off / 8), n);
                break;
            }
        }
        if (is_scalar(t)) {
            int op = ld_op(t) - OP_LD8 + OP_FLD8;
            if (size == 8) {
                emit(fs, MK_ABC(OP_FLDN, dst, l.reg, l.off));
                EXTRA(8);
            } else {
                emit(fs, MK_ABC(op, dst, l.reg, l.off));
            }
        } else {
            emit(fs, MK_ABC(OP_FLDN, dst, l.reg, l.off));
            EXTRA(size);
        }
        break;
    case L_FRAMEIDX:
        fatal("codegen: unformed frame element");
    case L_PTR:
        if (is_scalar(t)) {
            emit(fs, MK_ABC(ld_op(t), dst, l.reg, l.off));
        } else {
            emit(fs, MK_ABC(OP_LDN, dst, l.reg, l.off));
            EXTRA(size);
        }
        break;
    }
    return dst;
}

static void store(FS *fs, Loc l, Type *t, int src)
{
    int64_t n = words_of(t), size = type_size(t);
    l = fit(fs, l);
    switch (l.kind) {
    case L_REG:
        if (src != l.reg) {
            if (n == 1)
                ABC(MOVE, l.reg, src, 0);
            else
                ABC(MOVEN, l.reg, src, n);
        }
        break;
    case L_FRAME:
        if (l.off % 8 == 0 && size % 8 == 0) {
            ABC(MOVEN, l.reg + (int)(l.off / 8), src, n);
        } else if (is_scalar(t) && size < 8) {
            int op = size == 1 ? OP_FST8 : size == 2 ? OP_FST16 : OP_FST32;
            emit(fs, MK_ABC(op, src, l.reg, l.off));
        } else {
            emit(fs, MK_ABC(OP_FSTN, src, l.reg, l.off));
            EXTRA(size);
        }
        break;
    case L_FRAMEIDX:
        fatal("codegen: unformed frame element");
    case L_PTR:
        if (is_scalar(t)) {
            emit(fs, MK_ABC(st_op(t), src, l.reg, l.off));
        } else {
            emit(fs, MK_ABC(OP_STN, src, l.reg, l.off));
            EXTRA(size);
        }
        break;
    }
}

/* Address of a Loc into a register (only for L_PTR; frames have none). */
static int loc_addr(FS *fs, Loc l, int dst)
{
    if (dst < 0)
        dst = reserve(fs, 1);
    l = fit(fs, l);
    if (l.kind != L_PTR)
        fatal("codegen: address of a register location");
    if (l.off == 0) {
        if (dst != l.reg)
            ABC(MOVE, dst, l.reg, 0);
    } else {
        ABC(CHKNIL, l.reg, 0, 0);
        if (l.off < MAX_sC)
            ABC(ADDI, dst, l.reg, l.off);
        else {
            load_int(fs, dst, l.off);
            ABC(ADD, dst, l.reg, dst);
        }
    }
    return dst;
}

static Loc sub_loc(Loc l, int64_t off)
{
    if (l.kind == L_FRAMEIDX) {
        l.off2 += off;
        return l;
    }
    if (l.kind == L_REG)
        l.kind = L_FRAME, l.off = 0;
    l.off += off;
    return l;
}

/* ------------------------------------------------------------------ */
/* variables */

static int upval_index(FS *fs, Object *o)
{
    for (int i = 0; i < fs->upvals.n; i++)
        if (fs->upvals.v[i] == o)
            return i;
    vec_push(&fs->upvals, o);
    return fs->upvals.n - 1;
}

static int64_t global_offset(CG *cg, Object *o)
{
    if (!o->cg_goff) {
        int64_t a = type_align(o->type), s = type_size(o->type);
        if (a < 8)
            a = 8;
        cg->globals_size = (cg->globals_size + a - 1) / a * a;
        o->cg_goff = cg->globals_size + 1;
        cg->globals_size += s ? s : 1;
        vec_push(&cg->globals, o);
    }
    return o->cg_goff - 1;
}

static Loc var_loc(FS *fs, Object *o)
{
    Loc l = {L_REG, 0, 0};
    if (o->is_global) {
        int r = reserve(fs, 1);
        ABx(ADDRG, r, global_offset(fs->cg, o));
        l.kind = L_PTR;
        l.reg = r;
        return l;
    }
    if (o->cg_owner != fs->owner && (!fs->alt_owner || o->cg_owner != fs->alt_owner)) {
        int r = reserve(fs, 1);
        ABC(GETUPV, r, upval_index(fs, o), 0);
        l.kind = L_PTR;
        l.reg = r;
        return l;
    }
    l.reg = o->cg_reg;
    if (o->cg_boxed)
        l.kind = L_PTR;
    return l;
}

/* ------------------------------------------------------------------ */
/* the frame region (vm/region.c): allocations escape analysis keeps in
 * the frame get a fixed, zeroed slot of the function's region block */

#define REGION_MAX (4 << 20)    /* bytes of one frame's block; more goes to the heap */

/* A boxed variable escape analysis saw and kept in its frame. */
static int stays_in_frame(FS *fs, Object *o)
{
    return fs->region && o->esc_loc && !o->esc_heap;
}

/* The offset of a new slot of size bytes in the frame's region block, or
 * -1 when there is no block or it is full (the caller uses the heap). */
static int64_t region_take(FS *fs, int64_t size)
{
    int64_t off = (fs->region_size + 7) & ~(int64_t)7;
    if (!fs->region || size <= 0 || off + size > REGION_MAX)
        return -1;
    fs->region_size = off + size;
    return off;
}

/* R[dst] := a zeroed slot of size bytes in the frame's region block; 0 if
 * there is none. */
static int region_alloc(FS *fs, int dst, int64_t size)
{
    int64_t off = region_take(fs, size);
    if (off < 0)
        return 0;
    emit(fs, MK_ABC(OP_RSLOT, dst, fs->region - 1, off));
    EXTRA((uint64_t)size);
    return 1;
}

/* A slot for a string result that does not escape (go's tmpBuf): its
 * offset, or -1. CONCATR/BYTES2STRR take the block's register in 16 bits. */
static int64_t region_tmpbuf(FS *fs)
{
    return fs->region - 1 > 0xffff ? -1 : region_take(fs, RT_TMPBUF);
}

/* Does a node's allocation stay in the frame? */
static int noesc(FS *fs, Node *n)
{
    return fs->region && n && (n->flags & NF_NOESC);
}

/* RET, giving the region block back first. */
static void ret(FS *fs, int a, int64_t b)
{
    if (fs->region)
        ABC(RLEAVE, fs->region - 1, 0, 0);
    ABC(RET, a, b, 0);
}

/* Whether a function needs a region block: an allocation escape analysis
 * keeps in its frame, or a defer statement (recovery gives back the
 * region of the frames a panic unwound, down to the deferring frame's). */
static int region_scan(Node *n, Node *owner)
{
    if (!n || n->kind == N_FUNCLIT)
        return n && (n->flags & NF_NOESC);
    if (n->flags & (NF_NOESC | NF_NOESC_CONV))
        return 1;
    if (n->kind == N_DEFER)
        return 1;
    if (n->kind == N_IDENT && n->obj && n->obj->kind == OBJ_VAR && !n->obj->is_global && n->obj->cg_boxed &&
        n->obj->esc_loc && !n->obj->esc_heap && n->obj->cg_owner == owner)
        return 1;
    if (region_scan(n->x, owner) || region_scan(n->y, owner) || region_scan(n->z, owner) ||
        region_scan(n->w, owner))
        return 1;
    for (int i = 0; i < n->list.n; i++)
        if (region_scan(n->list.v[i], owner))
            return 1;
    for (int i = 0; i < n->list2.n; i++)
        if (region_scan(n->list2.v[i], owner))
            return 1;
    return 0;
}

/* Declares a local: gives it registers (or a box) and zeroes it unless
 * init says the caller will store its value. */
static void declare_local(FS *fs, Object *o, int zero)
{
    if (!o)
        return;
    if (!o->cg_owner)
        o->cg_owner = fs->owner;
    if (type_size(o->type) > 2048)
        o->cg_boxed = 1;
    if (o->cg_boxed) {
        o->cg_reg = reserve(fs, 1);
        if (!stays_in_frame(fs, o) || !region_alloc(fs, o->cg_reg, type_size(o->type)))
            ABx(NEW, o->cg_reg, kconst(fs, (uint64_t)cg_rtype(fs->cg, o->type)));
        return;
    }
    o->cg_reg = reserve(fs, words_of(o->type));
    if (zero)
        ABC(ZERO, o->cg_reg, 0, words_of(o->type));
}

/* ------------------------------------------------------------------ */
/* expressions */

static Type *etype(Node *e)
{
    Type *t = e->type;
    if (t && type_is_untyped(t))
        t = type_default(t);
    return t;
}

static int is_const(Node *e) { return e->val && e->mode == M_CONST; }

static int target(FS *fs, Type *t, int dst)
{
    return dst >= 0 ? dst : reserve(fs, words_of(t));
}

static int ext_kind(Type *t)
{
    switch (U(t)->kind) {
    case TY_INT8: return 1;
    case TY_UINT8: return 2;
    case TY_INT16: return 3;
    case TY_UINT16: return 4;
    case TY_INT32: return 5;
    case TY_UINT32: return 6;
    default: return 0;
    }
}

static void normalise(FS *fs, Type *t, int r)
{
    int k = ext_kind(t);
    if (k)
        ABC(EXT, r, r, k);
}

static int is_float32(Type *t) { return U(t)->kind == TY_FLOAT32; }
static int is_floatish(Type *t) { return U(t)->kind == TY_FLOAT32 || U(t)->kind == TY_FLOAT64; }

/* Does a value of type from need converting to be stored as type to? (to
 * an interface from a concrete type, or between interface types of
 * different method sets) */
static int needs_iconv(Type *from, Type *to)
{
    if (U(to)->kind != TY_INTERFACE)
        return 0;
    if (U(from)->kind != TY_INTERFACE)
        return 1;
    return !types_identical(U(from), U(to));
}

/* Converts a value in registers to an interface of type it. */
static void box(FS *fs, Type *from, Type *it, int src, int dst)
{
    CG *cg = fs->cg;
    int box_noesc = fs->box_noesc;
    fs->box_noesc = 0;
    if (type_is_untyped(from))
        from = type_default(from);
    if (from->kind == TY_UNTYPED_NIL) {
        ABC(ZERO, dst, 0, 2);
        return;
    }
    Type *ui = U(it);
    if (U(from)->kind == TY_INTERFACE) {
        if (!ui->nmethods) {
            /* dst may overlap src by a word (dst == src + 1: the data word
             * first, before the type word overwrites it) */
            if (dst > src)
                ABC(MOVE, dst + 1, src + 1, 0);
            if (U(from)->nmethods)
                ABC(ITAB2TYPE, dst, src, 0);
            else if (dst != src)
                ABC(MOVE, dst, src, 0);
            if (dst < src)
                ABC(MOVE, dst + 1, src + 1, 0);
        } else {
            AssertInfo *ai = arena_alloc(cg->arena, sizeof *ai);
            ai->target = cg_rtype(cg, it);
            ai->source = cg_rtype(cg, from);
            emit(fs, MK_ABC(OP_ASSERTI, dst, src, (U(from)->nmethods ? 2 : 0) | 4));
            EXTRA((uint64_t)ai);
        }
        return;
    }
    if (box_noesc && !cg_is_direct(from)) {
        /* escape analysis keeps the boxed copy in the frame; the slot's
         * pointer register must not overlap the value or the result */
        int64_t above = src + words_of(from) > dst + 2 ? src + words_of(from) : dst + 2;
        if (fs->freereg < above)
            fs->freereg = (int)above;
        int slot = reserve(fs, 1);
        if (region_alloc(fs, slot, type_size(from))) {
            emit(fs, MK_ABC(OP_BOXP, dst, src, slot));
            EXTRA(ui->nmethods ? (uint64_t)cg_itab(cg, it, from) | 1 : (uint64_t)cg_rtype(cg, from));
            return;
        }
    }
    if (ui->nmethods) {
        emit(fs, MK_ABC(OP_BOX, dst, src, 1));
        EXTRA((uint64_t)cg_itab(cg, it, from));
    } else {
        emit(fs, MK_ABC(OP_BOX, dst, src, 0));
        EXTRA((uint64_t)cg_rtype(cg, from));
    }
}

/* Evaluates e converted to type t (assignability: interfaces box). */
static int expr_as(FS *fs, Node *e, Type *t, int dst)
{
    Type *et = e->type;
    if (t && U(t)->kind == TY_INTERFACE && et && (U(et)->kind != TY_INTERFACE || !types_identical(U(et), U(t)))) {
        if (et->kind == TY_UNTYPED_NIL) {
            dst = target(fs, t, dst);
            ABC(ZERO, dst, 0, 2);
            return dst;
        }
        int mark = fs->freereg;
        int r = expr(fs, e, -1);
        if (dst < 0) {
            /* the interface may reuse the value's registers, but not
             * overlap them shifted (iface-to-eface moves word by word) */
            fs->freereg = mark;
            dst = reserve(fs, 2);
            if (dst < r + words_of(etype(e)) && dst + 2 > r && dst != r)
                dst = reserve(fs, 2);
        }
        fs->box_noesc = fs->region && (e->flags & NF_NOESC_CONV);
        box(fs, et, t, r, dst);
        return dst;
    }
    if (et && et->kind == TY_UNTYPED_NIL && t) {
        dst = target(fs, t, dst);
        ABC(ZERO, dst, 0, words_of(t));
        return dst;
    }
    if (is_const(e) && t && !type_is_untyped(t) && U(t)->kind != TY_INTERFACE) {
        dst = target(fs, t, dst);
        load_const(fs, t, e->val, dst);
        return dst;
    }
    return expr(fs, e, dst);
}

static void expr_as_to(FS *fs, Node *e, Type *t, int dst)
{
    int r = expr_as(fs, e, t, dst);
    if (r != dst) {
        int64_t n = words_of(t ? t : etype(e));
        if (n == 1)
            ABC(MOVE, dst, r, 0);
        else
            ABC(MOVEN, dst, r, n);
    }
}

static int arith_op(int tk, Type *t)
{
    Type *u = U(t);
    int f = u->kind == TY_FLOAT64, f32 = u->kind == TY_FLOAT32, c = u->kind == TY_COMPLEX128;
    int uns = type_is_unsigned(u);
    switch (tk) {
    case TK_ADD: return f ? OP_ADDF : f32 ? OP_ADDF32 : c ? OP_CADD : OP_ADD;
    case TK_SUB: return f ? OP_SUBF : f32 ? OP_SUBF32 : c ? OP_CSUB : OP_SUB;
    case TK_MUL: return f ? OP_MULF : f32 ? OP_MULF32 : c ? OP_CMUL : OP_MUL;
    case TK_QUO: return f ? OP_DIVF : f32 ? OP_DIVF32 : c ? OP_CDIV : uns ? OP_DIVU : OP_DIV;
    case TK_REM: return uns ? OP_MODU : OP_MOD;
    case TK_AND: return OP_AND;
    case TK_OR: return OP_OR;
    case TK_XOR: return OP_XOR;
    case TK_AND_NOT: return OP_ANDNOT;
    case TK_SHL: return OP_SHL;
    case TK_SHR: return uns ? OP_SHRU : OP_SHR;
    }
    return -1;
}

/* x op y where both are already in registers; result normalised. */
static void arith(FS *fs, int tk, Type *t, int dst, int rx, int ry, Type *ytype)
{
    Type *u = U(t);
    if (u->kind == TY_STRING) {
        ABC(CONCAT, dst, rx, ry);
        return;
    }
    if (u->kind == TY_COMPLEX64) {
        int a = reserve(fs, 2), b = reserve(fs, 2);
        ABC(C64TO128, a, rx, 0);
        ABC(C64TO128, b, ry, 0);
        emit(fs, MK_ABC(arith_op(tk, basic_types[TY_COMPLEX128]), a, a, b));
        ABC(C128TO64, dst, a, 0);
        return;
    }
    if ((tk == TK_SHL || tk == TK_SHR) && ytype && !type_is_unsigned(ytype) && !type_is_untyped(ytype))
        ABC(CHKSHIFT, ry, 0, 0);
    emit(fs, MK_ABC(arith_op(tk, t), dst, rx, ry));
    if (tk != TK_AND && tk != TK_OR && tk != TK_AND_NOT && tk != TK_SHR && tk != TK_REM && tk != TK_QUO)
        normalise(fs, t, dst);
    else if (tk == TK_QUO || tk == TK_REM)
        normalise(fs, t, dst);
}

/* Comparison of two values of type t in registers into dst (0/1). */
static void compare(FS *fs, int tk, Type *t, int dst, int rx, int ry)
{
    Type *u = U(t);
    int swap = tk == TK_GTR || tk == TK_GEQ;
    int a = swap ? ry : rx, b = swap ? rx : ry;
    int op;
    if (tk == TK_EQL || tk == TK_NEQ) {
        switch (u->kind) {
        case TY_FLOAT64: op = tk == TK_EQL ? OP_EQF : OP_NEF; break;
        case TY_FLOAT32: op = tk == TK_EQL ? OP_EQF32 : OP_NEF32; break;
        case TY_STRING: op = tk == TK_EQL ? OP_EQSTR : OP_NESTR; break;
        case TY_COMPLEX128:
            ABC(CEQ, dst, rx, ry);
            if (tk == TK_NEQ)
                ABC(NOT, dst, dst, 0);
            return;
        case TY_COMPLEX64: {
            int x2 = reserve(fs, 2), y2 = reserve(fs, 2);
            ABC(C64TO128, x2, rx, 0);
            ABC(C64TO128, y2, ry, 0);
            ABC(CEQ, dst, x2, y2);
            if (tk == TK_NEQ)
                ABC(NOT, dst, dst, 0);
            return;
        }
        case TY_INTERFACE:
            emit(fs, MK_ABC(OP_EQIFACE, dst, rx, ry));
            EXTRA(u->nmethods ? 1 : 0);
            if (tk == TK_NEQ)
                ABC(NOT, dst, dst, 0);
            return;
        case TY_STRUCT: case TY_ARRAY:
            emit(fs, MK_ABC(OP_EQMEM, dst, rx, ry));
            EXTRA((uint64_t)cg_rtype(fs->cg, t));
            if (tk == TK_NEQ)
                ABC(NOT, dst, dst, 0);
            return;
        default: op = tk == TK_EQL ? OP_EQ : OP_NE;
        }
        emit(fs, MK_ABC(op, dst, rx, ry));
        return;
    }
    int le = tk == TK_LEQ || tk == TK_GEQ;
    switch (u->kind) {
    case TY_FLOAT64: op = le ? OP_LEF : OP_LTF; break;
    case TY_FLOAT32: op = le ? OP_LEF32 : OP_LTF32; break;
    case TY_STRING: op = le ? OP_LESTR : OP_LTSTR; break;
    default: op = type_is_unsigned(u) ? (le ? OP_LEU : OP_LTU) : (le ? OP_LE : OP_LT);
    }
    emit(fs, MK_ABC(op, dst, a, b));
}

static int is_nil(Node *e)
{
    return e->type && e->type->kind == TY_UNTYPED_NIL;
}

/* The operand type for a comparison x op y (an interface if either is). */
static Type *cmp_type(Node *x, Node *y)
{
    Type *tx = x->type, *ty = y->type;
    if (tx && U(tx)->kind == TY_INTERFACE && tx->kind != TY_UNTYPED_NIL)
        return tx;
    if (ty && U(ty)->kind == TY_INTERFACE && ty->kind != TY_UNTYPED_NIL)
        return ty;
    if (tx && !type_is_untyped(tx))
        return tx;
    if (ty && !type_is_untyped(ty))
        return ty;
    return etype(x);
}

static int comparison(FS *fs, Node *e, int dst)
{
    Node *x = e->x, *y = e->y;
    int mark = fs->freereg;
    if (is_nil(x) || is_nil(y)) {
        Node *v = is_nil(x) ? y : x;
        int r = expr(fs, v, -1);
        fs->freereg = mark;
        if (dst < 0)
            dst = reserve(fs, 1);
        int z = reserve(fs, 1);
        ABx(LOADI, z, 0);
        /* slices compare their pointer word, interfaces their type word */
        emit(fs, MK_ABC(e->op == TK_EQL ? OP_EQ : OP_NE, dst, r, z));
        return dst;
    }
    Type *t = cmp_type(x, y);
    int rx = expr_as(fs, x, t, -1);
    int ry = expr_as(fs, y, t, -1);
    if (dst < 0) {
        fs->freereg = mark;
        dst = reserve(fs, 1);
        if (fs->freereg <= (rx > ry ? rx : ry) + 2)
            fs->freereg = (rx > ry ? rx : ry) + (int)words_of(t) + 1;
    }
    compare(fs, e->op, t, dst, rx, ry);
    return dst;
}

/* Emits a jump taken when cond == when; returns nothing, pushes the jump
 * pcs on l. */
static void cond_jump(FS *fs, Node *cond, int when, PtrVec *l)
{
    Node *e = unparen(cond);
    int mark = fs->freereg;
    if (is_const(e)) {
        if (e->val->b == when)
            vec_push(l, (void *)(intptr_t)jump(fs));
        return;
    }
    if (e->kind == N_UNARY && e->op == TK_NOT) {
        cond_jump(fs, e->x, !when, l);
        return;
    }
    if (e->kind == N_BINARY && (e->op == TK_LAND || e->op == TK_LOR)) {
        int is_and = e->op == TK_LAND;
        if (is_and == when) {
            /* (a && b) true-jump: if !a skip; if b jump */
            PtrVec skip = {0};
            cond_jump(fs, e->x, !when, &skip);
            cond_jump(fs, e->y, when, l);
            patch_list(fs, &skip, here(fs));
            free(skip.v);
        } else {
            cond_jump(fs, e->x, when, l);
            cond_jump(fs, e->y, when, l);
        }
        return;
    }
    if (e->kind == N_BINARY && e->op >= TK_EQL && e->op <= TK_GEQ && !is_nil(e->x) && !is_nil(e->y)) {
        Type *t = cmp_type(e->x, e->y);
        Type *u = U(t);
        int intlike = type_is_integer(u) || u->kind == TY_POINTER || u->kind == TY_BOOL ||
                      u->kind == TY_UNSAFEPTR || u->kind == TY_CHAN || u->kind == TY_MAP || u->kind == TY_FUNC;
        int fl = u->kind == TY_FLOAT64;
        if (intlike || fl) {
            int tk = e->op;
            Node *x = e->x, *y = e->y;
            /* immediate forms: x op const */
            if (intlike && is_const(y) && !type_is_unsigned(u)) {
                ConstVal *cv = const_to_kind(fs->cg->c->ca, y->val, CV_INT);
                if (u->kind != TY_BOOL && const_fits_int64(cv) && const_int64(cv) >= -32768 && const_int64(cv) < 32768) {
                    int rx = expr(fs, x, -1);
                    int64_t k = const_int64(cv);
                    int op;
                    if (!when)
                        tk = tk == TK_EQL ? TK_NEQ : tk == TK_NEQ ? TK_EQL : tk == TK_LSS ? TK_GEQ
                           : tk == TK_GEQ ? TK_LSS : tk == TK_LEQ ? TK_GTR : TK_LEQ;
                    op = tk == TK_EQL ? OP_JEQI : tk == TK_NEQ ? OP_JNEI : tk == TK_LSS ? OP_JLTI
                       : tk == TK_LEQ ? OP_JLEI : tk == TK_GTR ? OP_JGTI : OP_JGEI;
                    vec_push(l, (void *)(intptr_t)emit(fs, MK_ABC(op, rx, (uint16_t)(int16_t)k, 0)));
                    fs->freereg = mark;
                    return;
                }
            }
            int rx = expr_as(fs, x, t, -1), ry = expr_as(fs, y, t, -1);
            int op, a = rx, b = ry;
            if (fl) {
                /* NaN: negations must stay exact */
                if (tk == TK_GTR || tk == TK_GEQ) {
                    a = ry, b = rx;
                    tk = tk == TK_GTR ? TK_LSS : TK_LEQ;
                }
                if (tk == TK_EQL || tk == TK_NEQ) {
                    int r = reserve(fs, 1);
                    compare(fs, tk, t, r, rx, ry);
                    vec_push(l, (void *)(intptr_t)ABx(JT, r, 0));
                    if (!when)
                        fs->code[fs->ncode - 1] = MK_ABx(OP_JF, r, 0);
                    fs->freereg = mark;
                    return;
                }
                op = tk == TK_LSS ? (when ? OP_JLTF : OP_JNLTF) : (when ? OP_JLEF : OP_JNLEF);
            } else {
                if (!when)
                    tk = tk == TK_EQL ? TK_NEQ : tk == TK_NEQ ? TK_EQL : tk == TK_LSS ? TK_GEQ
                       : tk == TK_GEQ ? TK_LSS : tk == TK_LEQ ? TK_GTR : TK_LEQ;
                if (tk == TK_GTR || tk == TK_GEQ) {
                    a = ry, b = rx;
                    tk = tk == TK_GTR ? TK_LSS : TK_LEQ;
                }
                int uns = type_is_unsigned(u);
                op = tk == TK_EQL ? OP_JEQ : tk == TK_NEQ ? OP_JNE : tk == TK_LSS ? (uns ? OP_JLTU : OP_JLT)
                   : (uns ? OP_JLEU : OP_JLE);
            }
            vec_push(l, (void *)(intptr_t)emit(fs, MK_ABC(op, a, b, 0)));
            fs->freereg = mark;
            return;
        }
    }
    int r = expr(fs, e, -1);
    vec_push(l, (void *)(intptr_t)emit(fs, MK_ABx(when ? OP_JT : OP_JF, r, 0)));
    fs->freereg = mark;
}

static int logical(FS *fs, Node *e, int dst)
{
    if (dst < 0)
        dst = reserve(fs, 1);
    PtrVec t = {0};
    cond_jump(fs, e, 1, &t);
    ABx(LOADI, dst, 0);
    int j = jump(fs);
    patch_list(fs, &t, here(fs));
    ABx(LOADI, dst, 1);
    patch_here(fs, j);
    free(t.v);
    return dst;
}

static int binary(FS *fs, Node *e, int dst)
{
    int op = e->op;
    if (op == TK_LAND || op == TK_LOR)
        return logical(fs, e, dst);
    if (op >= TK_EQL && op <= TK_GEQ)
        return comparison(fs, e, dst);
    Type *t = etype(e);
    int mark = fs->freereg;
    Type *u = U(t);
    /* immediate forms */
    if (type_is_integer(u) && !type_is_unsigned(u) && is_const(e->y) && (op == TK_QUO || op == TK_REM)) {
        ConstVal *cv = const_to_kind(fs->cg->c->ca, e->y->val, CV_INT);
        if (const_fits_int64(cv) && const_int64(cv) > 1 && const_int64(cv) < MAX_sC) {
            int rx = expr(fs, e->x, -1);
            fs->freereg = mark;
            if (dst < 0)
                dst = reserve(fs, 1);
            emit(fs, MK_ABC(op == TK_QUO ? OP_DIVI : OP_MODI, dst, rx, (uint64_t)const_int64(cv)));
            normalise(fs, t, dst);
            return dst;
        }
    }
    if (type_is_integer(u) && is_const(e->y) && (op == TK_ADD || op == TK_SUB || op == TK_MUL || op == TK_SHL ||
                                                 op == TK_SHR || op == TK_AND)) {
        ConstVal *cv = const_to_kind(fs->cg->c->ca, e->y->val, CV_INT);
        if (const_fits_int64(cv)) {
            int64_t k = const_int64(cv);
            if (op == TK_SUB)
                k = -k;
            int imm = (op == TK_SHL || op == TK_SHR) ? (k >= 0 && k < 64) : (k > -MAX_sC && k < MAX_sC);
            if (imm && !(op == TK_SUB && k == INT64_MIN)) {
                int rx = expr(fs, e->x, -1);
                fs->freereg = mark;
                if (dst < 0)
                    dst = reserve(fs, 1);
                int o = op == TK_ADD || op == TK_SUB ? OP_ADDI : op == TK_MUL ? OP_MULI : op == TK_AND ? OP_ANDI
                      : op == TK_SHL ? OP_SHLI : type_is_unsigned(u) ? OP_SHRUI : OP_SHRI;
                emit(fs, MK_ABC(o, dst, rx, (uint64_t)k));
                if (o != OP_ANDI && o != OP_SHRI && o != OP_SHRUI)
                    normalise(fs, t, dst);
                return dst;
            }
        }
    }
    int rx, ry;
    if ((op == TK_SHL || op == TK_SHR) && is_const(e->y) && type_is_integer(u)) {
        /* a constant count of 64 or more: 0, or the sign for signed >> */
        ConstVal *cv = const_to_kind(fs->cg->c->ca, e->y->val, CV_INT);
        if (!const_fits_int64(cv) || const_int64(cv) >= 64) {
            rx = expr(fs, e->x, -1);
            fs->freereg = mark;
            if (dst < 0)
                dst = reserve(fs, 1);
            if (op == TK_SHR && !type_is_unsigned(u))
                ABC(SHRI, dst, rx, 63);
            else
                ABx(LOADI, dst, 0);
            return dst;
        }
    }
    if (u->kind == TY_STRING && op == TK_ADD) {
        /* flatten a + b + c into one CONCATN */
        PtrVec parts = {0};
        Node *cur = e;
        while (cur->kind == N_BINARY && cur->op == TK_ADD && !is_const(cur)) {
            vec_push(&parts, cur->y);
            cur = unparen(cur->x);
        }
        vec_push(&parts, cur);
        int64_t tmpoff = -1;
        if (noesc(fs, e) && parts.n >= 2)
            tmpoff = region_tmpbuf(fs);
        if (parts.n > 2 || tmpoff >= 0) {
            int base = reserve(fs, 2 * parts.n);
            for (int i = 0; i < parts.n; i++)
                expr_as_to(fs, parts.v[parts.n - 1 - i], t, base + 2 * i);
            fs->freereg = mark;
            if (dst < 0)
                dst = reserve(fs, 2);
            if (tmpoff >= 0) {
                emit(fs, MK_ABC(OP_CONCATR, dst, base, parts.n));
                EXTRA((uint64_t)tmpoff << 16 | (uint64_t)(fs->region - 1));
            } else {
                ABC(CONCATN, dst, base, parts.n);
            }
            free(parts.v);
            return dst;
        }
        free(parts.v);
    }
    rx = expr_as(fs, e->x, t, -1);
    Type *yt = (op == TK_SHL || op == TK_SHR) ? (is_const(e->y) ? NULL : etype(e->y)) : t;
    ry = (op == TK_SHL || op == TK_SHR) ? expr(fs, e->y, -1) : expr_as(fs, e->y, t, -1);
    if (dst < 0) {
        int top = fs->freereg;
        fs->freereg = mark;
        dst = reserve(fs, words_of(t));
        if (fs->freereg < top && u->kind == TY_COMPLEX64)
            fs->freereg = top;
    }
    arith(fs, op, t, dst, rx, ry, yt);
    return dst;
}

static int unary(FS *fs, Node *e, int dst)
{
    Type *t = etype(e);
    int mark = fs->freereg;
    switch (e->op) {
    case TK_ADD:
        return expr(fs, e->x, dst);
    case TK_AND: {
        Node *x = unparen(e->x);
        if (x->kind == N_COMPOSITE) {
            Type *vt = etype(x);
            Node lit = *x;
            if (!vt) {
                /* the checker leaves some literals of recursive named types untyped */
                vt = U(t)->elem;
                lit.type = vt;
            }
            int p = dst >= 0 ? dst : reserve(fs, 1);
            int v = expr(fs, &lit, -1);
            int tmp = reserve(fs, 1);
            if (!noesc(fs, e) || !region_alloc(fs, tmp, type_size(vt)))
                ABx(NEW, tmp, kconst(fs, (uint64_t)cg_rtype(fs->cg, vt)));
            store(fs, (Loc){L_PTR, tmp, 0}, vt, v);
            ABC(MOVE, p, tmp, 0);
            fs->freereg = mark;
            if (dst < 0)
                fs->freereg = p + 1;
            return p;
        }
        Loc l = lvalue(fs, x);
        int r = loc_addr(fs, l, dst);
        return r;
    }
    case TK_SUB: {
        int rx = expr(fs, e->x, -1);
        fs->freereg = mark;
        if (dst < 0)
            dst = reserve(fs, words_of(t));
        switch (U(t)->kind) {
        case TY_FLOAT64: ABC(NEGF, dst, rx, 0); break;
        case TY_FLOAT32: ABC(NEGF32, dst, rx, 0); break;
        case TY_COMPLEX128: ABC(CNEG, dst, rx, 0); break;
        case TY_COMPLEX64: {
            int a = reserve(fs, 2);
            ABC(C64TO128, a, rx, 0);
            ABC(CNEG, a, a, 0);
            ABC(C128TO64, dst, a, 0);
            break;
        }
        default: ABC(NEG, dst, rx, 0); normalise(fs, t, dst);
        }
        return dst;
    }
    case TK_XOR: {
        int rx = expr(fs, e->x, -1);
        fs->freereg = mark;
        if (dst < 0)
            dst = reserve(fs, 1);
        ABC(BNOT, dst, rx, 0);
        normalise(fs, t, dst);
        return dst;
    }
    case TK_NOT: {
        int rx = expr(fs, e->x, -1);
        fs->freereg = mark;
        if (dst < 0)
            dst = reserve(fs, 1);
        ABC(NOT, dst, rx, 0);
        return dst;
    }
    case TK_ARROW:
        return chan_recv_expr(fs, e, dst, 0);
    }
    cg_error(fs->cg, e->pos, "golite: unsupported unary operator");
    return target(fs, t, dst);
}

/* Conversions between non-interface types (T(x)). */
static void convert_value(FS *fs, Type *from, Type *to, int src, int dst)
{
    Type *fu = U(from), *tu = U(to);
    int64_t n = words_of(to);
    if (tu->kind == TY_INTERFACE) {
        box(fs, from, to, src, dst);
        return;
    }
    if (type_is_integer(tu) || tu->kind == TY_UNSAFEPTR || tu->kind == TY_POINTER) {
        if (type_is_integer(fu) || fu->kind == TY_UNSAFEPTR || fu->kind == TY_POINTER) {
            int k = ext_kind(to);
            if (k && type_size(to) < type_size(from))
                ABC(EXT, dst, src, k);
            else if (k && type_is_unsigned(fu) != type_is_unsigned(tu))
                ABC(EXT, dst, src, k);
            else if (dst != src)
                ABC(MOVE, dst, src, 0);
            return;
        }
        if (is_floatish(fu)) {
            int s = src;
            if (is_float32(fu)) {
                ABC(F322F, dst, src, 0);
                s = dst;
            }
            emit(fs, MK_ABC(type_is_unsigned(tu) ? OP_F2U : OP_F2I, dst, s, 0));
            normalise(fs, to, dst);
            return;
        }
    }
    if (is_floatish(tu)) {
        if (type_is_integer(fu)) {
            emit(fs, MK_ABC(type_is_unsigned(fu) ? OP_U2F : OP_I2F, dst, src, 0));
            if (is_float32(tu))
                ABC(F2F32, dst, dst, 0);
            return;
        }
        if (is_floatish(fu)) {
            if (is_float32(fu) && !is_float32(tu))
                ABC(F322F, dst, src, 0);
            else if (!is_float32(fu) && is_float32(tu))
                ABC(F2F32, dst, src, 0);
            else if (dst != src)
                ABC(MOVE, dst, src, 0);
            return;
        }
    }
    if (tu->kind == TY_COMPLEX128 && fu->kind == TY_COMPLEX64) {
        ABC(C64TO128, dst, src, 0);
        return;
    }
    if (tu->kind == TY_COMPLEX64 && fu->kind == TY_COMPLEX128) {
        ABC(C128TO64, dst, src, 0);
        return;
    }
    if (tu->kind == TY_STRING) {
        if (type_is_integer(fu)) {
            ABC(RUNESTR, dst, src, 0);
            return;
        }
        if (fu->kind == TY_SLICE) {
            int32_t is_rune = type_size(fu->elem) == 4;
            int64_t off;
            if (!is_rune && fs->box_noesc && (off = region_tmpbuf(fs)) >= 0) {
                emit(fs, MK_ABC(OP_BYTES2STRR, dst, src, 0));
                EXTRA((uint64_t)off << 16 | (uint64_t)(fs->region - 1));
                return;
            }
            emit(fs, MK_ABC(is_rune ? OP_RUNES2STR : OP_BYTES2STR, dst, src, 0));
            return;
        }
    }
    if (tu->kind == TY_POINTER && fu->kind == TY_SLICE) {
        ABC(SLICE2AP, dst, src, U(tu->elem)->len);
        return;
    }
    if (tu->kind == TY_SLICE && fu->kind == TY_STRING) {
        emit(fs, MK_ABC(type_size(tu->elem) == 4 ? OP_STR2RUNES : OP_STR2BYTES, dst, src, 0));
        return;
    }
    if (dst != src)
        ABC(MOVEN, dst, src, n);
}

static int conversion(FS *fs, Node *e, int dst)
{
    Type *to = etype(e);
    Node *x = e->list.v[0];
    if (is_const(e)) {
        dst = target(fs, to, dst);
        load_const(fs, to, e->val, dst);
        return dst;
    }
    int mark = fs->freereg;
    Type *from = etype(x);
    if (x->type && x->type->kind == TY_UNTYPED_NIL) {
        dst = target(fs, to, dst);
        ABC(ZERO, dst, 0, words_of(to));
        return dst;
    }
    int r = expr(fs, x, -1);
    if (dst < 0) {
        if (U(to)->kind != TY_INTERFACE && words_of(to) == 1 && words_of(from) == 1 && r >= mark) {
            dst = r;
        } else {
            dst = reserve(fs, words_of(to));
        }
    }
    fs->box_noesc = noesc(fs, e);
    convert_value(fs, from, to, r, dst);
    fs->box_noesc = 0;
    return dst;
}

/* Field selection: the Loc of x.f (through embedded fields). */
static Loc select_field(FS *fs, Loc l, Type *t, Selection *s, int nsteps)
{
    for (int i = 0; i < nsteps; i++) {
        Type *u = U(t);
        if (u->kind == TY_POINTER) {
            int p = load(fs, l, t, -1);
            l = (Loc){L_PTR, p, 0};
            t = u->elem;
            u = U(t);
        }
        type_size(u);
        Field *f = &u->fields[s->path[i]];
        l = sub_loc(l, f->offset);
        t = f->type;
    }
    return l;
}

static int is_pkg_selector(Node *e)
{
    return e->kind == N_SELECTOR && unparen(e->x)->kind == N_IDENT && unparen(e->x)->obj &&
           unparen(e->x)->obj->kind == OBJ_PKG;
}

/* Is e (a non-package selector on a value) a method? Interface methods too. */
static int is_method_sel(Node *e)
{
    if (e->kind != N_SELECTOR || is_pkg_selector(e) || e->x->mode == M_TYPEXPR || !e->x->type)
        return 0;
    Type *xt = e->x->type;
    if (U(xt)->kind == TY_INTERFACE)
        return 1;
    if (U(xt)->kind == TY_POINTER && U(U(xt)->elem)->kind == TY_INTERFACE)
        return 0;
    Selection sel;
    return lookup_field_or_method(xt, 0, e->y->name, NULL, &sel) == 2;
}

/* The Loc of an operand that may be a value only (not addressable): such
 * operands are evaluated into registers. */
static Loc value_loc(FS *fs, Node *e)
{
    Node *x = unparen(e);
    if (x->kind == N_IDENT || x->kind == N_SELECTOR || x->kind == N_INDEX || x->kind == N_STAR) {
        if (x->kind != N_SELECTOR || !is_pkg_selector(x) || x->obj->kind == OBJ_VAR) {
            if (x->mode == M_VAR)
                return lvalue(fs, x);
        }
    }
    int r = expr(fs, x, -1);
    return (Loc){L_REG, r, 0};
}

/* Map operands: the map in one register and the key, converted to the
 * key type, in registers (its memory image is what the runtime hashes). */
static void map_operands(FS *fs, Node *e, int *m, int *k)
{
    Type *mt = U(etype(e->x));
    *m = expr(fs, e->x, -1);
    *k = expr_as(fs, e->y, mt->key, -1);
}

/* The compile-time choice of Go's fast map paths. */
static int map_key_class(Type *mtype)
{
    switch (U(U(mtype)->key)->kind) {
    case TY_INT: case TY_INT64: case TY_UINT: case TY_UINT64: case TY_UINTPTR: case TY_POINTER:
    case TY_CHAN: case TY_UNSAFEPTR:
        return 1;
    case TY_STRING:
        return 2;
    case TY_INT32: case TY_UINT32:
        return 3;
    default:
        return 0;
    }
}

static int map_slot(FS *fs, Type *mtype, int m, int k)
{
    int r = reserve(fs, 1);
    int kc = map_key_class(mtype);
    emit(fs, MK_ABC(kc == 1 ? OP_MAPSETW : kc == 2 ? OP_MAPSETS : kc == 3 ? OP_MAPSETW32 : OP_MAPSET, r, m, k));
    EXTRA((uint64_t)cg_rtype(fs->cg, mtype));
    return r;
}

/* <-c (commaok: and ok in the word after the value). The value is
 * received into zeroed registers, then narrow signed kinds extended. */
static int chan_recv_expr(FS *fs, Node *e, int dst, int commaok)
{
    Type *et = U(etype(e->x))->elem;
    int mark = fs->freereg;
    int c = expr(fs, e->x, -1);
    int64_t w = words_of(et);
    if (dst < 0 || commaok) {
        dst = reserve(fs, w + (commaok ? 1 : 0));
    } else if (fs->freereg < mark) {
        fs->freereg = mark;
    }
    set_line(fs, e);
    ABC(CHANRECV, dst, c, w);
    if (commaok)
        fs->code[fs->ncode - 1] = MK_ABC(OP_CHANRECV2, dst, c, w);
    if (w == 1)
        normalise(fs, et, dst);
    return dst;
}

static int map_get(FS *fs, Node *e, int dst, int commaok)
{
    Type *mtype = etype(e->x), *mt = U(mtype);
    int mark = fs->freereg, m, k;
    map_operands(fs, e, &m, &k);
    int64_t w = words_of(mt->elem) + (commaok ? 1 : 0);
    if (dst < 0 || commaok) {
        dst = reserve(fs, w);
    } else if (fs->freereg < mark) {
        fs->freereg = mark;
    }
    int kc = map_key_class(mtype);
    emit(fs, MK_ABC(commaok ? OP_MAPGET2 : kc == 1 ? OP_MAPGETW : kc == 2 ? OP_MAPGETS : kc == 3 ? OP_MAPGETW32 : OP_MAPGET,
                    dst, m, k));
    EXTRA((uint64_t)cg_rtype(fs->cg, mtype));
    return dst;
}

static Loc index_loc(FS *fs, Node *e)
{
    Node *x = e->x;
    Type *xt = etype(x), *u = U(xt);
    int mark = fs->freereg;
    (void)mark;
    if (u->kind == TY_MAP) {
        int m, k;
        map_operands(fs, e, &m, &k);
        return (Loc){L_PTR, map_slot(fs, xt, m, k), 0};
    }
    if (u->kind == TY_SLICE || u->kind == TY_STRING) {
        int s = expr(fs, x, -1);
        int i = expr(fs, e->y, -1);
        int r = reserve(fs, 1);
        emit(fs, MK_ABC(OP_IDX, r, s, i));
        EXTRA((uint64_t)type_size(u->kind == TY_STRING ? basic_types[TY_UINT8] : u->elem));
        return (Loc){L_PTR, r, 0};
    }
    Type *at = u;
    Loc base;
    if (u->kind == TY_POINTER) {
        at = U(u->elem);
        int p = expr(fs, x, -1);
        base = (Loc){L_PTR, p, 0};
    } else {
        base = value_loc(fs, x);
    }
    int64_t es = type_size(at->elem);
    if (is_const(e->y)) {
        int64_t k = const_int64(const_to_kind(fs->cg->c->ca, e->y->val, CV_INT));
        if (base.kind == L_PTR && u->kind == TY_POINTER)
            ABC(CHKNIL, base.reg, 0, 0);
        return sub_loc(base, k * es);
    }
    int i = expr(fs, e->y, -1);
    if (base.kind == L_REG || base.kind == L_FRAME) {
        Loc l = {L_FRAMEIDX, base.reg, base.kind == L_FRAME ? base.off : 0, i, es, at->len, 0};
        return l;
    }
    int r = reserve(fs, 1);
    if (base.kind == L_PTR) {
        int p = base.off ? loc_addr(fs, base, -1) : base.reg;
        emit(fs, MK_ABC(OP_IDXA, r, p, i));
    } else {
        int p = loc_addr(fs, base, -1);
        emit(fs, MK_ABC(OP_IDXA, r, p, i));
    }
    EXTRA((uint64_t)at->len << 32 | (uint64_t)es);
    return (Loc){L_PTR, r, 0};
}

static Loc lvalue(FS *fs, Node *e)
{
    e = unparen(e);
    switch (e->kind) {
    case N_IDENT:
        return var_loc(fs, e->obj);
    case N_SELECTOR: {
        if (is_pkg_selector(e))
            return var_loc(fs, e->obj ? e->obj : e->y->obj);
        Selection s;
        Type *xt = etype(e->x);
        lookup_field_or_method(xt, 0, e->y->name, NULL, &s);
        Loc base;
        if (U(xt)->kind == TY_POINTER) {
            int p = expr(fs, e->x, -1);
            base = (Loc){L_PTR, p, 0};
            xt = U(xt)->elem;
        } else {
            base = value_loc(fs, e->x);
        }
        return select_field(fs, base, xt, &s, s.npath);
    }
    case N_INDEX:
        return index_loc(fs, e);
    case N_STAR: {
        int p = expr(fs, e->x, -1);
        return (Loc){L_PTR, p, 0};
    }
    default: {
        int r = expr(fs, e, -1);
        return (Loc){L_REG, r, 0};
    }
    }
}

static int iface_method_index(Type *it, const char *name);
static int map_get(FS *fs, Node *e, int dst, int commaok);
static int type_assert(FS *fs, Node *e, int dst, int commaok);
static int64_t sig_words(Type *tup);
static void fs_init(FS *fs, CG *cg, FS *outer, Func *f, Node *owner);
static void fs_finish(FS *fs);

/* Composite literals. */
static void composite_into(FS *fs, Node *e, Loc l, Type *t);

static void elem_into(FS *fs, Node *v, Loc l, Type *t)
{
    Node *x = unparen(v);
    if (x->kind == N_COMPOSITE && (U(t)->kind == TY_STRUCT || U(t)->kind == TY_ARRAY) &&
        types_identical(U(etype(x)), U(t)) && l.kind != L_REG) {
        composite_into(fs, x, l, t);
        return;
    }
    int mark = fs->freereg;
    int r = expr_as(fs, v, t, -1);
    store(fs, l, t, r);
    fs->freereg = mark;
}

static void composite_into(FS *fs, Node *e, Loc l, Type *t)
{
    Type *u = U(t);
    int mark = fs->freereg;
    if (u->kind == TY_STRUCT) {
        type_size(u);
        for (int i = 0; i < e->list.n; i++) {
            Node *el = e->list.v[i];
            int fi = i;
            Node *v = el;
            if (el->kind == N_KEYVALUE) {
                for (fi = 0; fi < u->nfields; fi++)
                    if (u->fields[fi].name == el->x->name)
                        break;
                v = el->y;
            }
            Field *f = &u->fields[fi];
            if (f->name && f->name[0] == '_' && !f->name[1])
                expr(fs, v, -1);    /* a blank field is not set: evaluated only (Go) */
            else
                elem_into(fs, v, sub_loc(l, f->offset), f->type);
            fs->freereg = mark;
        }
        return;
    }
    if (u->kind == TY_ARRAY || u->kind == TY_SLICE) {
        int64_t es = type_size(u->elem), idx = 0;
        for (int i = 0; i < e->list.n; i++) {
            Node *el = e->list.v[i], *v = el;
            if (el->kind == N_KEYVALUE) {
                idx = const_int64(const_to_kind(fs->cg->c->ca, el->x->val, CV_INT));
                v = el->y;
            }
            elem_into(fs, v, sub_loc(l, idx * es), u->elem);
            fs->freereg = mark;
            idx++;
        }
        return;
    }
    cg_error(fs->cg, e->pos, "golite: unexpected composite literal");
}

static int64_t slice_lit_len(FS *fs, Node *e)
{
    int64_t idx = 0, max = 0;
    for (int i = 0; i < e->list.n; i++) {
        Node *el = e->list.v[i];
        if (el->kind == N_KEYVALUE)
            idx = const_int64(const_to_kind(fs->cg->c->ca, el->x->val, CV_INT));
        idx++;
        if (idx > max)
            max = idx;
    }
    return max;
}

static int composite(FS *fs, Node *e, int dst)
{
    Type *t = etype(e), *u = U(t);
    int mark = fs->freereg;
    if (u->kind == TY_POINTER) {
        /* an elided &T{...} inside a literal of []*T, map[K]*T... */
        Node inner = *e;
        inner.type = u->elem;
        if (dst < 0)
            dst = reserve(fs, 1), mark = fs->freereg;
        int v = composite(fs, &inner, -1);
        int p = reserve(fs, 1);
        if (!noesc(fs, e) || !region_alloc(fs, p, type_size(u->elem)))
            ABx(NEW, p, kconst(fs, (uint64_t)cg_rtype(fs->cg, u->elem)));
        store(fs, (Loc){L_PTR, p, 0}, u->elem, v);
        ABC(MOVE, dst, p, 0);
        fs->freereg = mark;
        return dst;
    }
    if (u->kind == TY_SLICE) {
        int64_t n = slice_lit_len(fs, e);
        if (dst < 0)
            dst = reserve(fs, 3);
        int len = reserve(fs, 1);
        load_int(fs, len, n);
        if (noesc(fs, e) && region_alloc(fs, dst, n * type_size(u->elem))) {
            load_int(fs, dst + 1, n);
            load_int(fs, dst + 2, n);
        } else {
            emit(fs, MK_ABC(OP_MAKESLICE, dst, len, 0xffffff));
            EXTRA((uint64_t)cg_rtype(fs->cg, u->elem));
        }
        composite_into(fs, e, (Loc){L_PTR, dst, 0}, t);
        fs->freereg = mark;
        if (dst >= mark)
            fs->freereg = dst + 3;
        return dst;
    }
    if (u->kind == TY_MAP) {
        if (dst < 0)
            dst = reserve(fs, 1), mark = fs->freereg;
        int hint = reserve(fs, 1);
        load_int(fs, hint, e->list.n);
        emit(fs, MK_ABC(OP_MAKEMAP, dst, hint, 0));
        EXTRA((uint64_t)cg_rtype(fs->cg, t));
        for (int i = 0; i < e->list.n; i++) {
            Node *kv = e->list.v[i];
            int m2 = fs->freereg;
            int k = expr_as(fs, kv->x, u->key, -1);
            int slot = map_slot(fs, t, dst, k);
            elem_into(fs, kv->y, (Loc){L_PTR, slot, 0}, u->elem);
            fs->freereg = m2;
        }
        fs->freereg = mark;
        return dst;
    }
    int64_t n = words_of(t);
    int tmp = reserve(fs, n);
    ABC(ZERO, tmp, 0, n);
    int64_t size = type_size(t);
    if (size > 0) {
        /* build in a heap cell when elements need addresses, else in registers */
        composite_into(fs, e, (Loc){L_FRAME, tmp, 0}, t);
    }
    if (dst < 0)
        return tmp;
    if (dst != tmp)
        ABC(MOVEN, dst, tmp, n);
    fs->freereg = mark;
    return dst;
}

/* Slicing. */
static int slice_expr(FS *fs, Node *e, int dst)
{
    Type *xt = etype(e->x), *u = U(xt);
    int mark = fs->freereg;
    int three = (e->flags & NF_SLICE3) != 0;
    if (u->kind == TY_STRING) {
        int s = expr(fs, e->x, -1);
        int b = reserve(fs, 2);
        if (e->y) expr_to(fs, e->y, b); else ABx(LOADI, b, 0);
        if (e->z) expr_to(fs, e->z, b + 1); else ABC(MOVE, b + 1, s + 1, 0);
        fs->freereg = mark;
        if (dst < 0)
            dst = reserve(fs, 2);
        if (fs->freereg < b + 2)
            fs->freereg = b + 2;
        emit(fs, MK_ABC(OP_SSLICE, dst, s, b));
        EXTRA(2);
        fs->freereg = dst >= mark ? dst + 2 : mark;
        return dst;
    }
    int s, mode = three ? 1 : 0;
    int64_t es;
    if (u->kind == TY_SLICE) {
        s = expr(fs, e->x, -1);
        es = type_size(u->elem);
    } else {
        /* array (addressable) or pointer to array: slice the storage */
        Type *at = u->kind == TY_POINTER ? U(u->elem) : u;
        es = type_size(at->elem);
        s = reserve(fs, 3);
        if (u->kind == TY_POINTER) {
            expr_to(fs, e->x, s);
            ABC(CHKNIL, s, 0, 0);
        } else {
            Loc l = lvalue(fs, e->x);
            loc_addr(fs, l, s);
        }
        load_int(fs, s + 1, at->len);
        load_int(fs, s + 2, at->len);
        mode |= 2;
    }
    int b = reserve(fs, 3);
    if (e->y) expr_to(fs, e->y, b); else ABx(LOADI, b, 0);
    if (e->z) expr_to(fs, e->z, b + 1); else ABC(MOVE, b + 1, s + 1, 0);
    if (e->w) expr_to(fs, e->w, b + 2); else ABC(MOVE, b + 2, s + 2, 0);
    fs->freereg = mark;
    if (dst < 0)
        dst = reserve(fs, 3);
    if (fs->freereg < b + 3)
        fs->freereg = b + 3;
    emit(fs, MK_ABC(OP_SLICE, dst, s, b));
    EXTRA((uint64_t)mode << 32 | (uint64_t)es);
    fs->freereg = dst >= mark ? dst + 3 : mark;
    return dst;
}

/* Function literals. */
static Func *compile_function(CG *cg, FS *outer, const char *name, Node *ftype, Node *recv, Node *body,
                              Type *sig, int line, PtrVec *upvals_out);

static int funclit(FS *fs, Node *e, int dst)
{
    CG *cg = fs->cg;
    /* go names closures outer.funcN, and closures inside closures outer.funcN.M */
    char *name = fs->outer ? xasprintf("%s.%d", fs->f->name, ++fs->nclosures)
                           : xasprintf("%s.func%d", fs->f->name, ++fs->nclosures);
    const char *iname = arena_strndup(cg->arena, name, strlen(name));
    free(name);
    PtrVec ups = {0};
    Func *f = compile_function(cg, fs, iname, e->x, NULL, e->y, etype(e), e->pos.line, &ups);
    int mark = fs->freereg;
    if (dst < 0)
        dst = reserve(fs, 1), mark = fs->freereg;
    if (!ups.n) {
        /* captures nothing: one static closure serves every evaluation */
        ABx(FUNCVAL, dst, kconst(fs, (uint64_t)f));
        free(ups.v);
        return dst;
    }
    int64_t coff = noesc(fs, e) ? region_take(fs, (int64_t)sizeof(Closure) + 8 * (int64_t)ups.n) : -1;
    if (coff >= 0) {
        emit(fs, MK_ABC(OP_RCLOSURE, dst, fs->region - 1, coff));
        EXTRA((uint64_t)f);
    } else {
        ABx(CLOSURE, dst, kconst(fs, (uint64_t)f));
    }
    for (int i = 0; i < ups.n; i++) {
        Object *o = ups.v[i];
        int src;
        if (o->cg_owner == fs->owner) {
            src = o->cg_reg;
        } else {
            src = reserve(fs, 1);
            ABC(GETUPV, src, upval_index(fs, o), 0);
        }
        ABC(SETUPV, dst, src, i);
    }
    fs->freereg = mark;
    free(ups.v);
    return dst;
}

/* ------------------------------------------------------------------ */
/* calls */

static Node *callee_node(Node *call) { return unparen(call->x); }

/* Method-table entries are compiled only for the method names some code can
 * call dynamically (Go's linker keeps the same ones): a name called through
 * an interface anywhere in compiled code, or one the runtime's C calls by
 * name. Until its name is called, a method met only in a method table waits
 * in cg->pending; what still waits at the end is never called and gets a
 * stub that reports a golite bug. GOLITE_EAGER_METHODS=1 compiles them all. */
static const char *const native_called[] = {
    "Error", "String", "GoString", "Format", "Is", "As", "Unwrap", "Scan", "Read", "ReadRune",
    "UnreadRune", NULL,
};

static int name_called(CG *cg, const char *name)
{
    if (cg->eager_methods)
        return 1;
    for (int i = 0; native_called[i]; i++)
        if (!strcmp(native_called[i], name))
            return 1;
    for (int i = 0; i < cg->called.n; i++)
        if (!strcmp(cg->called.v[i], name))
            return 1;
    return 0;
}

static void mark_called(CG *cg, const char *name)
{
    if (name_called(cg, name))
        return;
    vec_push(&cg->called, (void *)name);
    for (int i = 0; i < cg->pending.n; i++) {
        FuncJob *job = cg->pending.v[i];
        if (job && !strcmp(job->obj->name, name)) {
            vec_push(&cg->queue, job);
            job->obj->cg_pending = NULL;
            cg->pending.v[i] = NULL;
        }
    }
}

/* The Func a declared function or method object compiles to. */
Func *cg_func_of(CG *cg, Object *obj)
{
    if (obj->cg_func) {
        FuncJob *job = obj->cg_pending;
        if (job && !cg->deferring) {    /* waited in a method table; now called directly */
            for (int i = 0; i < cg->pending.n; i++)
                if (cg->pending.v[i] == job)
                    cg->pending.v[i] = NULL;
            obj->cg_pending = NULL;
            vec_push(&cg->queue, job);
        }
        return obj->cg_func;
    }
    Func *f = arena_alloc(cg->arena, sizeof *f);
    Node *d = obj->decl;
    Package *pkg = obj->pkg;
    const char *pname = pkg ? pkg->path : "main";
    char *name;
    if (d && d->kind == N_FUNCDECL && d->x) {
        /* method: pkg.T.M or pkg.(*T).M */
        Node *rt = d->x->x;
        int ptr = 0;
        while (rt->kind == N_PAREN)
            rt = rt->x;
        if (rt->kind == N_STAR) {
            ptr = 1;
            rt = rt->x;
        }
        while (rt->kind == N_PAREN)
            rt = rt->x;
        name = ptr ? xasprintf("%s.(*%s).%s", pname, rt->name, obj->name)
                   : xasprintf("%s.%s.%s", pname, rt->name, obj->name);
    } else {
        name = xasprintf("%s.%s", pname, obj->name);
    }
    f->name = arena_strndup(cg->arena, name, strlen(name));
    free(name);
    f->file = pkg && pkg->is_std ? "$GOROOT/src" : cg->file;
    f->prog = cg->prog;
    f->line = obj->pos.line;
    Closure *cl = arena_alloc(cg->arena, sizeof(Closure));
    cl->fn = f;
    f->static_closure = cl;
    obj->cg_func = f;
    Type *sig = obj->type;
    int64_t np = 0, nr = 0;
    if (d && d->kind == N_FUNCDECL && d->x)
        np += words_of(d->x->x->type ? d->x->x->type : basic_types[TY_INT]);
    for (int i = 0; sig && sig->params && i < sig->params->nfields; i++)
        np += words_of(sig->params->fields[i].type);
    for (int i = 0; sig && sig->results && i < sig->results->nfields; i++)
        nr += words_of(sig->results->fields[i].type);
    f->nparams = (int)np;
    f->nresults = (int)nr;
    if (d && d->kind == N_FUNCDECL && (d->w || (d->flags & NF_LAZYBODY) || obj->lazy_body)) {
        FuncJob *job = arena_alloc(cg->arena, sizeof *job);
        job->f = f;
        job->obj = obj;
        job->decl = d;
        if (cg->deferring) {
            obj->cg_pending = job;
            vec_push(&cg->pending, job);
        } else {
            vec_push(&cg->queue, job);
        }
    } else {
        f->native = natives_lookup(f->name);
        if (!f->native) {
            /* reachable only through a method table: fails when called */
            static const Instr notimpl[1] = {MK_ABx(OP_PANICMSG, 0, PM_NOTIMPL)};
            static const int32_t zero_line[1];
            f->code = (Instr *)notimpl;
            f->lines = (int32_t *)zero_line;
            f->ncode = 1;
            f->nregs = 4;
            f->unimplemented = 1;
        }
    }
    return f;
}

/* Compiling a standard package's Go source? A call there to a function
 * golite lacks fails when executed (a fatal error naming it) rather than at
 * compile time: the code may be reachable only through a method table. */
static int in_std(FS *fs)
{
    while (fs->outer)
        fs = fs->outer;
    return fs->f->file && !strncmp(fs->f->file, "$GOROOT", 7);
}

static int is_queued_or_compiled(CG *cg, Func *f)
{
    if (f->unimplemented)
        return 0;
    if (f->code || f->native)
        return 1;
    for (int i = 0; i < cg->queue.n; i++)
        if (((FuncJob *)cg->queue.v[i])->f == f)
            return 1;
    return 0;
}

/* A use of function f in user code: a standard function golite lacks is the
 * compile error "undefined: os.Pipe (not provided by golite)" there (in
 * standard-package source it fails when run). */
static int require_impl(FS *fs, Func *f, Pos pos)
{
    if (is_queued_or_compiled(fs->cg, f) || in_std(fs))
        return 1;
    cg_error(fs->cg, pos, "undefined: %s (not provided by golite)", f->name);
    return 0;
}

/* Does e call a function (not a conversion or builtin)? */
static int has_call(Node *e)
{
    if (!e)
        return 0;
    switch (e->kind) {
    case N_CALL: {
        Node *f = unparen(e->x);
        int builtin = f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_BUILTIN;
        if (f->mode != M_TYPEXPR && !builtin)
            return 1;
        break;
    }
    case N_UNARY:
        if (e->op == TK_ARROW)
            return 1;
        break;
    case N_FUNCLIT:
        return 0;
    default:
        break;
    }
    if (has_call(e->x) || has_call(e->y) || has_call(e->z) || has_call(e->w))
        return 1;
    for (int i = 0; i < e->list.n; i++)
        if (has_call(e->list.v[i]))
            return 1;
    for (int i = 0; i < e->list2.n; i++)
        if (has_call(e->list2.v[i]))
            return 1;
    return 0;
}

/* Places the arguments of a call with signature sig at dst (args words). */
static void call_args(FS *fs, Node *call, Type *sig, int at)
{
    Type *params = sig->params;
    int np = params ? params->nfields : 0;
    NodeList *args = &call->list;
    int64_t off = 0;
    /* f(g()) with a multi-value g */
    if (args->n == 1 && args->v[0]->type && args->v[0]->type->kind == TY_TUPLE) {
        Type *tup = args->v[0]->type;
        int r = call_expr(fs, args->v[0], -1, 0);
        int64_t roff = 0;
        for (int i = 0; i < tup->nfields; i++) {
            Type *rt = tup->fields[i].type;
            Type *pt;
            if (sig->variadic && i >= np - 1) {
                /* pack the rest into the variadic slice */
                Type *et = params->fields[np - 1].type->elem;
                int n = tup->nfields - (np - 1);
                int s = at + (int)off;
                int len = reserve(fs, 1);
                load_int(fs, len, n);
                emit(fs, MK_ABC(OP_MAKESLICE, s, len, 0xffffff));
                EXTRA((uint64_t)cg_rtype(fs->cg, et));
                for (int k = 0; k < n; k++) {
                    Type *kt = tup->fields[i + k].type;
                    int v = r + (int)roff;
                    if (needs_iconv(kt, et)) {
                        int b = reserve(fs, 2);
                        box(fs, kt, et, v, b);
                        v = b;
                    }
                    store(fs, (Loc){L_PTR, s, k * type_size(et)}, et, v);
                    roff += words_of(kt);
                }
                return;
            }
            pt = params->fields[i].type;
            if (needs_iconv(rt, pt)) {
                box(fs, rt, pt, r + (int)roff, at + (int)off);
            } else {
                ABC(MOVEN, at + (int)off, r + (int)roff, words_of(pt));
            }
            roff += words_of(rt);
            off += words_of(pt);
        }
        return;
    }
    int fixed = sig->variadic ? np - 1 : np;
    /* gc's order: arguments containing calls are evaluated first, in order;
     * plain operands are read after them (walk/order.go) */
    for (int pass = 0; pass < 2; pass++) {
        off = 0;
        for (int i = 0; i < fixed && i < args->n; i++) {
            Type *pt = params->fields[i].type;
            if (has_call(args->v[i]) == (pass == 0)) {
                int mark = fs->freereg;
                expr_as_to(fs, args->v[i], pt, at + (int)off);
                fs->freereg = mark;
            }
            off += words_of(pt);
        }
    }
    if (!sig->variadic)
        return;
    Type *st = params->fields[np - 1].type, *et = U(st)->elem;
    int s = at + (int)off;
    if (call->flags & NF_DOTS) {
        int mark = fs->freereg;
        expr_as_to(fs, args->v[args->n - 1], st, s);
        fs->freereg = mark;
        return;
    }
    int n = args->n - fixed;
    if (n <= 0) {
        ABC(ZERO, s, 0, 3);
        return;
    }
    int mark = fs->freereg;
    int len = reserve(fs, 1);
    load_int(fs, len, n);
    if (noesc(fs, call) && region_alloc(fs, s, n * type_size(et))) {
        /* the ... slice does not escape (escape.c marks the call) */
        load_int(fs, s + 1, n);
        load_int(fs, s + 2, n);
    } else {
        emit(fs, MK_ABC(OP_MAKESLICE, s, len, 0xffffff));
        EXTRA((uint64_t)cg_rtype(fs->cg, et));
    }
    for (int pass = 0; pass < 2; pass++)
        for (int k = 0; k < n; k++)
            if (has_call(args->v[fixed + k]) == (pass == 0)) {
                elem_into(fs, args->v[fixed + k], (Loc){L_PTR, s, k * type_size(et)}, et);
                fs->freereg = mark + 1;
            }
    fs->freereg = mark;
}

static int64_t sig_words(Type *tup)
{
    int64_t n = 0;
    for (int i = 0; tup && i < tup->nfields; i++)
        n += words_of(tup->fields[i].type);
    return n;
}

static int builtin_call(FS *fs, Node *e, Builtin id, int dst);
static int method_value(FS *fs, Node *sel, int dst);

/* Receiver of a concrete method call x.M(): leaves the receiver (value or
 * pointer as the method wants) at dst. */
static void method_receiver(FS *fs, Node *x, Selection *s, int dst)
{
    Type *xt = etype(x);
    int want_ptr = s->method->ptr_recv;
    Loc l;
    Type *cur = xt;
    if (U(xt)->kind == TY_POINTER) {
        int p = expr(fs, x, -1);
        l = (Loc){L_PTR, p, 0};
        cur = U(xt)->elem;
    } else if (want_ptr || s->npath > 0) {
        l = value_loc(fs, x);
    } else {
        expr_to(fs, x, dst);
        return;
    }
    /* follow embedded fields */
    for (int i = 0; i < s->npath; i++) {
        Type *u = U(cur);
        if (u->kind == TY_POINTER) {
            int p = load(fs, l, cur, -1);
            l = (Loc){L_PTR, p, 0};
            cur = u->elem;
            u = U(cur);
        }
        type_size(u);
        Field *f = &u->fields[s->path[i]];
        l = sub_loc(l, f->offset);
        cur = f->type;
    }
    if (U(cur)->kind == TY_POINTER && !(cur->kind == TY_NAMED && U(cur)->kind == TY_POINTER && 0)) {
        /* embedded *T: the pointer is the receiver or points at it */
        int p = load(fs, l, cur, -1);
        if (want_ptr) {
            ABC(MOVE, dst, p, 0);
            return;
        }
        l = (Loc){L_PTR, p, 0};
        cur = U(cur)->elem;
    }
    if (want_ptr) {
        loc_addr(fs, l, dst);
        return;
    }
    int r = load(fs, l, cur, dst);
    if (r != dst)
        ABC(MOVEN, dst, r, words_of(cur));
}

static int iface_method_index(Type *it, const char *name)
{
    for (int i = 0; i < it->nmethods; i++)
        if (it->methods[i].name == name)
            return i;
    return 0;
}

/* The type of the field a Selection's path ends at. */
static Type *field_type_at(Type *t, Selection *s)
{
    for (int i = 0; i < s->npath; i++) {
        Type *u = U(t);
        if (u->kind == TY_POINTER)
            u = U(u->elem);
        t = u->fields[s->path[i]].type;
    }
    return t;
}

static int call_expr(FS *fs, Node *e, int dst, int want)
{
    (void)want;
    Node *fn = callee_node(e);
    int mark = fs->freereg;
    if (fn->mode == M_TYPEXPR)
        return conversion(fs, e, dst);
    if (fn->kind == N_IDENT && fn->obj && fn->obj->kind == OBJ_BUILTIN)
        return builtin_call(fs, e, fn->obj->builtin, dst);
    if (fn->kind == N_SELECTOR && is_pkg_selector(fn) && fn->y->obj && fn->y->obj->kind == OBJ_BUILTIN)
        return builtin_call(fs, e, fn->y->obj->builtin, dst);
    Type *sig = U(fn->type);
    if (sig->kind != TY_FUNC) {
        cg_error(fs->cg, e->pos, "golite: cannot call this expression");
        return target(fs, basic_types[TY_INT], dst);
    }
    int64_t argw = sig_words(sig->params), resw = sig_words(sig->results);
    Object *fobj = NULL;
    if (fn->kind == N_IDENT && fn->obj && fn->obj->kind == OBJ_FUNC)
        fobj = fn->obj;
    else if (fn->kind == N_SELECTOR && is_pkg_selector(fn) && fn->obj && fn->obj->kind == OBJ_FUNC)
        fobj = fn->obj;
    else if (fn->kind == N_SELECTOR && is_pkg_selector(fn) && fn->y->obj && fn->y->obj->kind == OBJ_FUNC)
        fobj = fn->y->obj;
    int base;
    if (fobj && cg_late_bound(fs->cg->c, fobj)) {
        /* the REPL: through the function's slot, which an entry declaring it
         * again with the same signature points at the new code */
        int slot = reserve(fs, 1);
        ABx(ADDRG, slot, global_offset(fs->cg, fobj));
        int fv = load(fs, (Loc){L_PTR, slot, 0}, fobj->type, -1);
        base = reserve(fs, 3 + (argw > resw ? argw : resw));
        call_args(fs, e, sig, base + 3);
        ABC(MOVE, base, fv, 0);
        ABC(CALL, base, argw, 0);
        goto done;
    }
    if (fobj && fobj->pkg && fobj->pkg->is_std && !strcmp(fobj->pkg->path, "math") && e->list.n == 1 &&
        (!strcmp(fobj->name, "Sqrt") || !strcmp(fobj->name, "Abs"))) {
        /* intrinsics: go compiles these to single instructions */
        int r = expr_as(fs, e->list.v[0], T_float64, -1);
        fs->freereg = mark;
        dst = target(fs, T_float64, dst);
        emit(fs, MK_ABC(fobj->name[0] == 'S' ? OP_SQRTF : OP_ABSF, dst, r, 0));
        return dst;
    }
    if (fobj) {
        Func *f = cg_func_of(fs->cg, fobj);
        if (!require_impl(fs, f, fn->pos))
            return target(fs, basic_types[TY_INT], dst);
        base = reserve(fs, 3 + (argw > resw ? argw : resw));
        call_args(fs, e, sig, base + 3);
        if (f->native)
            ABx(CALLN, base, kconst(fs, (uint64_t)f));
        else
            ABx(CALLF, base, kconst(fs, (uint64_t)f));
    } else if (is_method_sel(fn)) {
        /* method call */
        Type *xt = etype(fn->x);
        if (U(xt)->kind == TY_INTERFACE) {
            Type *it = U(xt);
            int idx = 0;
            for (int i = 0; i < it->nmethods; i++)
                if (it->methods[i].name == fn->y->name)
                    idx = i;
            int iv = expr(fs, fn->x, -1);
            base = reserve(fs, 4 + (argw + 1 > resw ? argw + 1 : resw));
            call_args(fs, e, sig, base + 4);
            mark_called(fs->cg, fn->y->name);
            ABC(IMETH, base, iv, idx);
            ABC(CALL, base, 0, 0);
        } else {
            Selection s;
            lookup_field_or_method(xt, 0, fn->y->name, NULL, &s);
            if (!s.method->func) {
                /* promoted from an embedded interface: call through it */
                Loc l;
                Type *cur = xt;
                if (U(xt)->kind == TY_POINTER) {
                    l = (Loc){L_PTR, expr(fs, fn->x, -1), 0};
                    cur = U(xt)->elem;
                } else {
                    l = value_loc(fs, fn->x);
                }
                l = select_field(fs, l, cur, &s, s.npath);
                Type *it = field_type_at(cur, &s);
                int iv = load(fs, l, it, reserve(fs, 2));
                int idx = iface_method_index(U(it), fn->y->name);
                base = reserve(fs, 4 + (argw + 1 > resw ? argw + 1 : resw));
                call_args(fs, e, sig, base + 4);
                mark_called(fs->cg, fn->y->name);
                ABC(IMETH, base, iv, idx);
                ABC(CALL, base, 0, 0);
                goto done;
            }
            Object *mobj = s.method->func;
            Func *f = cg_func_of(fs->cg, mobj);
            if (!require_impl(fs, f, fn->pos))
                return target(fs, basic_types[TY_INT], dst);
            Type *recvt = s.method->ptr_recv ? NULL : s.recv_named;
            int64_t rw = recvt ? words_of(recvt) : 1;
            base = reserve(fs, 3 + (argw + rw > resw ? argw + rw : resw));
            method_receiver(fs, fn->x, &s, base + 3);
            fs->freereg = base + 3 + (int)(argw + rw > resw ? argw + rw : resw);
            call_args(fs, e, sig, base + 3 + (int)rw);
            if (f->native)
                ABx(CALLN, base, kconst(fs, (uint64_t)f));
            else
                ABx(CALLF, base, kconst(fs, (uint64_t)f));
        }
    } else {
        /* function value (including method expressions and method values) */
        int fv = expr(fs, e->x, -1);
        base = reserve(fs, 3 + (argw > resw ? argw : resw));
        call_args(fs, e, sig, base + 3);
        ABC(MOVE, base, fv, 0);
        ABC(CALL, base, argw, 0);
    }
done:;
    int res = base + 3;
    if (dst >= 0) {
        if (resw == 1)
            ABC(MOVE, dst, res, 0);
        else if (resw > 1)
            ABC(MOVEN, dst, res, resw);
        fs->freereg = mark > dst ? mark : mark;
        return dst;
    }
    fs->freereg = res + (int)(resw ? resw : 0);
    return res;
}

/* ------------------------------------------------------------------ */
/* builtins */

static int print_kind(Type *t)
{
    Type *u = U(t);
    switch (u->kind) {
    case TY_BOOL: return PK_BOOL;
    case TY_FLOAT64: return PK_FLOAT;
    case TY_FLOAT32: return PK_FLOAT32;
    case TY_COMPLEX128: return PK_COMPLEX;
    case TY_COMPLEX64: return PK_COMPLEX64;
    case TY_STRING: return PK_STRING;
    case TY_POINTER: case TY_CHAN: case TY_MAP: case TY_FUNC: case TY_UNSAFEPTR: return PK_POINTER;
    case TY_SLICE: return PK_SLICE;
    case TY_INTERFACE: return u->nmethods ? PK_IFACE : PK_EFACE;
    default: return type_is_unsigned(u) ? PK_UINT : PK_INT;
    }
}

/* A builtin whose only argument is a call with several results:
 * println(f()), append(f()), copy(f()), complex(f()), delete(f()). */
static int builtin_spread(FS *fs, Node *e, Builtin id, int dst)
{
    CG *cg = fs->cg;
    int mark = fs->freereg;
    Type *tup = e->list.v[0]->type;
    int r = call_expr(fs, e->list.v[0], -1, 0);
    int reg[16];
    int64_t off = 0;
    for (int i = 0; i < tup->nfields && i < 16; i++) {
        reg[i] = r + (int)off;
        off += words_of(tup->fields[i].type);
    }
    Type *t0 = tup->fields[0].type;
    switch (id) {
    case BI_PRINT: case BI_PRINTLN:
        for (int i = 0; i < tup->nfields && i < 16; i++) {
            if (i && id == BI_PRINTLN)
                ABC(PRINTSP, 0, 0, 0);
            ABC(PRINT, reg[i], 0, print_kind(tup->fields[i].type));
        }
        if (id == BI_PRINTLN)
            ABC(PRINTNL, 0, 0, 0);
        fs->freereg = mark;
        return mark;
    case BI_COMPLEX: {
        Type *ct = etype(e);
        int w = reserve(fs, 2);
        ABC(MOVE, w, reg[0], 0);
        ABC(MOVE, w + 1, reg[1], 0);
        if (U(ct)->kind == TY_COMPLEX64) {
            ABC(F322F, w, w, 0);
            ABC(F322F, w + 1, w + 1, 0);
        }
        fs->freereg = mark;
        dst = target(fs, ct, dst);
        if (fs->freereg <= w + 1)
            fs->freereg = w + 2;
        if (U(ct)->kind == TY_COMPLEX64)
            ABC(C128TO64, dst, w, 0);
        else
            ABC(MOVEN, dst, w, 2);
        fs->freereg = dst >= mark ? dst + (int)words_of(ct) : mark;
        return dst;
    }
    case BI_APPEND: {
        Type *et = U(t0)->elem;
        int s = reserve(fs, 3);
        ABC(MOVEN, s, reg[0], 3);
        if (e->flags & NF_DOTS) {
            int isstr = U(tup->fields[1].type)->kind == TY_STRING;
            emit(fs, MK_ABC(OP_APPENDN, s, reg[1], isstr));
            EXTRA((uint64_t)cg_rtype(cg, et));
        } else if (tup->nfields > 1) {
            int n = tup->nfields - 1;
            int slot = reserve(fs, 1);
            emit(fs, MK_ABC(OP_APPEND1, s, slot, n));
            EXTRA((uint64_t)cg_rtype(cg, et));
            for (int i = 0; i < n; i++) {
                int v = reg[i + 1];
                if (needs_iconv(tup->fields[i + 1].type, et)) {
                    v = reserve(fs, 2);
                    box(fs, tup->fields[i + 1].type, et, reg[i + 1], v);
                }
                store(fs, (Loc){L_PTR, slot, i * type_size(et)}, et, v);
            }
        }
        fs->freereg = mark;
        dst = target(fs, t0, dst);
        if (dst != s)
            ABC(MOVEN, dst, s, 3);
        if (dst >= mark)
            fs->freereg = dst + 3;
        return dst;
    }
    case BI_COPY: {
        Type *st = tup->fields[1].type;
        int64_t es = U(st)->kind == TY_STRING ? 1 : type_size(U(st)->elem);
        int d = reserve(fs, 1);
        emit(fs, MK_ABC(OP_COPY, d, reg[0], reg[1]));
        EXTRA((uint64_t)es);
        fs->freereg = mark;
        dst = target(fs, T_int, dst);
        ABC(MOVE, dst, d, 0);
        return dst;
    }
    case BI_DELETE:
        emit(fs, MK_ABC(OP_MAPDEL, reg[0], reg[1], 0));
        EXTRA((uint64_t)cg_rtype(cg, t0));
        fs->freereg = mark;
        return mark;
    default:
        cg_error(cg, e->pos, "golite: builtin %s of a multi-value call is not implemented yet", builtin_name(id));
        return target(fs, T_int, dst);
    }
}

static int builtin_call(FS *fs, Node *e, Builtin id, int dst)
{
    CG *cg = fs->cg;
    int mark = fs->freereg;
    NodeList *a = &e->list;
    Type *t = e->type ? etype(e) : NULL;
    if (is_const(e)) {
        dst = target(fs, t, dst);
        load_const(fs, t, e->val, dst);
        return dst;
    }
    if (a->n == 1 && a->v[0]->type && a->v[0]->type->kind == TY_TUPLE && a->v[0]->type->nfields > 1)
        return builtin_spread(fs, e, id, dst);
    switch (id) {
    case BI_LEN: case BI_CAP: {
        Type *xt = etype(a->v[0]), *u = U(xt);
        if (u->kind == TY_POINTER) {
            int p = expr(fs, a->v[0], -1);
            (void)p;
            fs->freereg = mark;
            dst = target(fs, T_int, dst);
            load_int(fs, dst, U(u->elem)->len);
            return dst;
        }
        if (u->kind == TY_ARRAY) {
            dst = target(fs, T_int, dst);
            load_int(fs, dst, u->len);
            return dst;
        }
        if (u->kind == TY_MAP && id == BI_LEN) {
            int m = expr(fs, a->v[0], -1);
            fs->freereg = mark;
            dst = target(fs, T_int, dst);
            ABC(MAPLEN, dst, m, 0);
            return dst;
        }
        if (u->kind == TY_CHAN) {
            int c = expr(fs, a->v[0], -1);
            fs->freereg = mark;
            dst = target(fs, T_int, dst);
            ABC(CHANLEN, dst, c, 0);
            if (id == BI_CAP)
                fs->code[fs->ncode - 1] = MK_ABC(OP_CHANCAP, dst, c, 0);
            return dst;
        }
        int r = expr(fs, a->v[0], -1);
        int w = id == BI_LEN ? r + 1 : r + 2;
        if (dst < 0) {
            if (r < mark)
                return w;    /* a variable's own length register */
            fs->freereg = mark;
            dst = reserve(fs, 1);
        }
        ABC(MOVE, dst, w, 0);
        return dst;
    }
    case BI_NEW: {
        Type *pt = etype(e);
        dst = target(fs, pt, dst);
        if (!noesc(fs, e) || !region_alloc(fs, dst, type_size(U(pt)->elem)))
            ABx(NEW, dst, kconst(fs, (uint64_t)cg_rtype(cg, U(pt)->elem)));
        return dst;
    }
    case BI_MAKE: {
        Type *mt = etype(e), *u = U(mt);
        if (u->kind == TY_MAP) {
            int hint = reserve(fs, 1);
            if (a->n > 1)
                expr_as_to(fs, a->v[1], T_int, hint);
            else
                ABx(LOADI, hint, 0);
            fs->freereg = mark;
            dst = target(fs, mt, dst);
            if (fs->freereg <= hint)
                fs->freereg = hint + 1;
            emit(fs, MK_ABC(OP_MAKEMAP, dst, hint, 0));
            EXTRA((uint64_t)cg_rtype(cg, mt));
            fs->freereg = dst >= mark ? dst + 1 : mark;
            return dst;
        }
        if (u->kind == TY_CHAN) {
            int size = reserve(fs, 1);
            if (a->n > 1)
                expr_as_to(fs, a->v[1], T_int, size);
            else
                ABx(LOADI, size, 0);
            fs->freereg = mark;
            dst = target(fs, mt, dst);
            if (fs->freereg <= size)
                fs->freereg = size + 1;
            set_line(fs, e);
            emit(fs, MK_ABC(OP_MAKECHAN, dst, size, 0));
            EXTRA((uint64_t)cg_rtype(cg, u->elem));
            fs->freereg = dst >= mark ? dst + 1 : mark;
            return dst;
        }
        int r = reserve(fs, 2);
        expr_as_to(fs, a->v[1], T_int, r);
        if (a->n > 2)
            expr_as_to(fs, a->v[2], T_int, r + 1);
        fs->freereg = mark;
        dst = target(fs, mt, dst);
        if (fs->freereg < r + 2)
            fs->freereg = r + 2;
        Node *cn = a->n > 2 ? a->v[2] : a->v[1];
        if (noesc(fs, e) && is_const(cn) && is_const(a->v[1]) &&
            region_alloc(fs, dst, const_int64(cn->val) * type_size(u->elem))) {
            /* escape analysis keeps it in the frame: a constant size */
            load_int(fs, dst + 1, const_int64(a->v[1]->val));
            load_int(fs, dst + 2, const_int64(cn->val));
            fs->freereg = dst >= mark ? dst + 3 : mark;
            return dst;
        }
        emit(fs, MK_ABC(OP_MAKESLICE, dst, r, a->n > 2 ? r + 1 : 0xffffff));
        EXTRA((uint64_t)cg_rtype(cg, u->elem));
        fs->freereg = dst >= mark ? dst + 3 : mark;
        return dst;
    }
    case BI_APPEND: {
        Type *st = etype(e), *et = U(st)->elem;
        int s = reserve(fs, 3);
        expr_as_to(fs, a->v[0], st, s);
        if (e->flags & NF_DOTS) {
            Node *src = a->v[1];
            int isstr = U(etype(src))->kind == TY_STRING;
            int r = expr(fs, src, -1);
            emit(fs, MK_ABC(OP_APPENDN, s, r, isstr));
            EXTRA((uint64_t)cg_rtype(cg, et));
        } else if (a->n > 1) {
            int n = a->n - 1;
            /* evaluate the values first, then grow once and store */
            int vals = reserve(fs, words_of(et) * n);
            for (int i = 0; i < n; i++)
                expr_as_to(fs, a->v[i + 1], et, vals + i * (int)words_of(et));
            int slot = reserve(fs, 1);
            emit(fs, MK_ABC(OP_APPEND1, s, slot, n));
            EXTRA((uint64_t)cg_rtype(cg, et));
            for (int i = 0; i < n; i++)
                store(fs, (Loc){L_PTR, slot, i * type_size(et)}, et, vals + i * (int)words_of(et));
        }
        fs->freereg = mark;
        if (dst < 0) {
            dst = reserve(fs, 3);
            if (dst != s)
                ABC(MOVEN, dst, s, 3);
            return dst;
        }
        ABC(MOVEN, dst, s, 3);
        return dst;
    }
    case BI_COPY: {
        Type *dt = etype(a->v[0]);
        int d = expr(fs, a->v[0], -1);
        int s = expr(fs, a->v[1], -1);
        int64_t es = type_size(U(dt)->elem);
        fs->freereg = mark;
        dst = target(fs, T_int, dst);
        if (fs->freereg <= (d > s ? d : s) + 2)
            fs->freereg = (d > s ? d : s) + 3;
        emit(fs, MK_ABC(OP_COPY, dst, d, s));
        EXTRA((uint64_t)es);
        fs->freereg = dst >= mark ? dst + 1 : mark;
        return dst;
    }
    case BI_PANIC: {
        int r = reserve(fs, 2);
        expr_as_to(fs, a->v[0], T_any, r);
        ABC(PANIC, r, 0, 0);
        fs->freereg = mark;
        return mark;
    }
    case BI_PRINT: case BI_PRINTLN: {
        for (int i = 0; i < a->n; i++) {
            if (i && id == BI_PRINTLN)
                ABC(PRINTSP, 0, 0, 0);
            Type *at = etype(a->v[i]);
            if (at->kind == TY_UNTYPED_NIL) {
                int z = reserve(fs, 1);
                ABx(LOADI, z, 0);
                ABC(PRINT, z, 0, PK_POINTER);
            } else {
                int r = expr_as(fs, a->v[i], at, -1);
                ABC(PRINT, r, 0, print_kind(at));
            }
            fs->freereg = mark;
        }
        if (id == BI_PRINTLN)
            ABC(PRINTNL, 0, 0, 0);
        return dst >= 0 ? dst : mark;
    }
    case BI_COMPLEX: {
        Type *ct = etype(e);
        Type *ft = U(ct)->kind == TY_COMPLEX64 ? basic_types[TY_FLOAT32] : basic_types[TY_FLOAT64];
        int r = reserve(fs, 2);
        expr_as_to(fs, a->v[0], ft, r);
        expr_as_to(fs, a->v[1], ft, r + 1);
        fs->freereg = mark;
        dst = target(fs, ct, dst);
        if (fs->freereg < r + 2)
            fs->freereg = r + 2;
        if (U(ct)->kind == TY_COMPLEX64) {
            /* pack two float32 into one word */
            ABC(F322F, r, r, 0);
            ABC(F322F, r + 1, r + 1, 0);
            ABC(C128TO64, dst, r, 0);
        } else if (dst != r) {
            ABC(MOVEN, dst, r, 2);
        }
        fs->freereg = dst >= mark ? dst + (int)words_of(ct) : mark;
        return dst;
    }
    case BI_REAL: case BI_IMAG: {
        Type *ct = etype(a->v[0]);
        int r = expr(fs, a->v[0], -1);
        fs->freereg = mark;
        dst = target(fs, t, dst);
        if (U(ct)->kind == TY_COMPLEX64) {
            int w = reserve(fs, 2);
            ABC(C64TO128, w, r, 0);
            ABC(F2F32, dst, w + (id == BI_IMAG), 0);
        } else {
            ABC(MOVE, dst, r + (id == BI_IMAG), 0);
        }
        return dst;
    }
    case BI_RECOVER:
        dst = target(fs, T_any, dst);
        ABC(RECOVER, dst, 0, 0);
        return dst;
    case BI_DELETE: {
        Type *mtype = etype(a->v[0]);
        int m = expr(fs, a->v[0], -1);
        int k = expr_as(fs, a->v[1], U(mtype)->key, -1);
        emit(fs, MK_ABC(OP_MAPDEL, m, k, 0));
        EXTRA((uint64_t)cg_rtype(cg, mtype));
        fs->freereg = mark;
        return mark;
    }
    case BI_CLOSE: {
        int c = expr(fs, a->v[0], -1);
        set_line(fs, e);
        ABC(CLOSE, c, 0, 0);
        fs->freereg = mark;
        return mark;
    }
    case BI_ADD: {      /* unsafe.Add(p, n): the address plus n, wrapping as uintptr */
        int p = expr(fs, a->v[0], -1);
        int n = expr(fs, a->v[1], -1);
        fs->freereg = mark;
        dst = target(fs, t, dst);
        ABC(ADD, dst, p, n);
        return dst;
    }
    case BI_SLICE: {    /* unsafe.Slice(p, n): checked as runtime.unsafeslice checks it */
        int r = reserve(fs, 2);
        expr_to(fs, a->v[0], r);
        expr_to(fs, a->v[1], r + 1);
        fs->freereg = mark;
        dst = target(fs, t, dst);
        if (fs->freereg < r + 2)
            fs->freereg = r + 2;
        set_line(fs, e);
        emit(fs, MK_ABC(OP_USLICE, dst, r, r + 1));
        EXTRA((uint64_t)type_size(U(etype(a->v[0]))->elem));
        fs->freereg = dst >= mark ? dst + 3 : mark;
        return dst;
    }
    default:
        cg_error(cg, e->pos, "golite: builtin %s is not implemented yet", builtin_name(id));
        return target(fs, t ? t : T_int, dst);
    }
}

/* ------------------------------------------------------------------ */
/* method values, assertions, the expression dispatcher */

typedef struct Wrapper {
    Type *type;
    const char *name;
    Object *method;
    int bound;
    Closure *cl;
} Wrapper;

static void fs_init(FS *fs, CG *cg, FS *outer, Func *f, Node *owner);
static void fs_finish(FS *fs);

/* x.M as a value: a closure holding the receiver word and the method's
 * one-word-receiver entry (cg_method_ifn); the bound function calls it. */
static Func *bound_func(CG *cg, Type *sig)
{
    for (int i = 0; i < cg->wrappers.n; i++) {
        Wrapper *w = cg->wrappers.v[i];
        if (w->bound && types_identical(w->type, sig))
            return (Func *)w->cl->fn;
    }
    Func *f = arena_alloc(cg->arena, sizeof *f);
    f->name = "";       /* a compiler wrapper: hidden in traces, skipped by recover */
    f->file = cg->file;
    f->prog = cg->prog;
    f->nupvals = 2;
    int64_t argw = sig_words(sig->params), resw = sig_words(sig->results);
    f->nparams = (int)argw;
    f->nresults = (int)resw;
    FS fs;
    fs_init(&fs, cg, NULL, f, NULL);
    fs.freereg = fs.maxreg = (int)argw;
    int fnr = reserve(&fs, 1);
    int base = reserve(&fs, 4 + (argw + 1 > resw ? argw + 1 : resw));
    emit(&fs, MK_ABC(OP_GETUPV, fnr, 1, 0));
    emit(&fs, MK_ABC(OP_GETUPV, base + 3, 0, 0));
    if (argw)
        emit(&fs, MK_ABC(OP_MOVEN, base + 4, 0, argw));
    emit(&fs, MK_ABC(OP_MOVE, base, fnr, 0));
    emit(&fs, MK_ABC(OP_CALL, base, argw + 1, 0));
    emit(&fs, MK_ABC(OP_RET, base + 3, resw, 0));
    fs_finish(&fs);
    Wrapper *w = arena_alloc(cg->arena, sizeof *w);
    w->type = sig;
    w->bound = 1;
    w->cl = arena_alloc(cg->arena, sizeof(Closure));
    w->cl->fn = f;
    vec_push(&cg->wrappers, w);
    return f;
}

static int method_value(FS *fs, Node *e, int dst)
{
    CG *cg = fs->cg;
    if (dst < 0)
        dst = reserve(fs, 1);
    int mark = fs->freereg;
    Type *xt = etype(e->x);
    Type *sig = U(e->type);
    int recv = reserve(fs, 1), ifn = reserve(fs, 1);
    if (U(xt)->kind == TY_INTERFACE) {
        Type *it = U(xt);
        int idx = 0;
        for (int i = 0; i < it->nmethods; i++)
            if (it->methods[i].name == e->y->name)
                idx = i;
        int iv = expr(fs, e->x, -1);
        int tmp = reserve(fs, 4);
        mark_called(fs->cg, e->y->name);
        ABC(IMETH, tmp, iv, idx);
        ABC(MOVE, ifn, tmp, 0);
        ABC(MOVE, recv, tmp + 3, 0);
    } else {
        Selection s;
        lookup_field_or_method(xt, 0, e->y->name, NULL, &s);
        if (!s.method->func) {
            Loc l;
            Type *cur = xt;
            if (U(xt)->kind == TY_POINTER) {
                l = (Loc){L_PTR, expr(fs, e->x, -1), 0};
                cur = U(xt)->elem;
            } else {
                l = value_loc(fs, e->x);
            }
            l = select_field(fs, l, cur, &s, s.npath);
            Type *it = field_type_at(cur, &s);
            int iv = load(fs, l, it, reserve(fs, 2));
            int tmp = reserve(fs, 4);
            mark_called(fs->cg, e->y->name);
            ABC(IMETH, tmp, iv, iface_method_index(U(it), e->y->name));
            ABC(MOVE, ifn, tmp, 0);
            ABC(MOVE, recv, tmp + 3, 0);
            goto bound;
        }
        Type *rt = s.method->ptr_recv ? type_pointer(cg->arena, s.recv_named) : s.recv_named;
        /* the receiver value or pointer, then its word */
        int64_t rw = words_of(rt);
        int rv = reserve(fs, rw);
        Selection direct = s;
        direct.npath = 0;
        method_receiver(fs, e->x, &s, rv);
        if (cg_is_direct(rt)) {
            ABC(MOVE, recv, rv, 0);
        } else {
            ABx(NEW, recv, kconst(fs, (uint64_t)cg_rtype(cg, rt)));
            store(fs, (Loc){L_PTR, recv, 0}, rt, rv);
        }
        Closure *cl = cg_method_ifn(cg, rt, &direct);
        ABx(LOADK, ifn, kconst(fs, (uint64_t)cl));
    }
bound:;
    Func *bf = bound_func(cg, sig);
    ABx(CLOSURE, dst, kconst(fs, (uint64_t)bf));
    ABC(SETUPV, dst, recv, 0);
    ABC(SETUPV, dst, ifn, 1);
    fs->freereg = mark;
    return dst;
}

/* T.M for a value type T (or an interface): a function taking the
 * receiver value first, then the method's arguments. */
static Closure *method_expr_wrapper(CG *cg, Type *rt, const char *name, Selection *sel)
{
    Type *sig;
    int iface = U(rt)->kind == TY_INTERFACE;
    int idx = 0;
    if (iface) {
        idx = iface_method_index(U(rt), name);
        sig = U(rt)->methods[idx].sig;
    } else {
        sig = sel->method->sig;
    }
    int64_t rw = words_of(rt), argw = sig_words(sig->params), resw = sig_words(sig->results);
    Func *f = arena_alloc(cg->arena, sizeof *f);
    f->name = "";
    f->file = cg->file;
    f->prog = cg->prog;
    f->nparams = (int)(rw + argw);
    f->nresults = (int)resw;
    FS fs_, *fs = &fs_;
    fs_init(fs, cg, NULL, f, NULL);
    fs->freereg = fs->maxreg = (int)(rw + argw);
    int base = reserve(fs, 4 + (argw + 1 > resw ? argw + 1 : resw));
    if (iface) {
        mark_called(cg, name);
        ABC(IMETH, base, 0, idx);
    } else {
        int word;
        if (cg_is_direct(rt)) {
            word = 0;
        } else {
            word = reserve(fs, 1);
            ABx(NEW, word, kconst(fs, (uint64_t)cg_rtype(cg, rt)));
            store(fs, (Loc){L_PTR, word, 0}, rt, 0);
        }
        ABx(LOADK, base, kconst(fs, (uint64_t)cg_method_ifn(cg, rt, sel)));
        ABC(MOVE, base + 3, word, 0);
    }
    if (argw)
        ABC(MOVEN, base + 4, rw, argw);
    ABC(CALL, base, argw + 1, 0);
    ABC(RET, base + 3, resw, 0);
    fs_finish(fs);
    Closure *cl = arena_alloc(cg->arena, sizeof(Closure));
    cl->fn = f;
    return cl;
}

/* T.M or (*T).M: a function taking the receiver first. */
static int method_expr(FS *fs, Node *e, int dst)
{
    CG *cg = fs->cg;
    Type *rt = e->x->type;
    Selection s;
    lookup_field_or_method(rt, 0, e->y->name, NULL, &s);
    dst = target(fs, e->type, dst);
    if (U(rt)->kind == TY_POINTER && rt->kind != TY_NAMED) {
        /* (*T).M: the one-word-receiver entry takes exactly a *T */
        ABx(LOADK, dst, kconst(fs, (uint64_t)cg_method_ifn(cg, rt, &s)));
        return dst;
    }
    if (U(rt)->kind != TY_INTERFACE && s.npath == 0 && !s.method->ptr_recv) {
        Func *f = cg_func_of(cg, s.method->func);
        ABx(FUNCVAL, dst, kconst(fs, (uint64_t)f));
        return dst;
    }
    /* the general form: a function taking the receiver as a value */
    ABx(LOADK, dst, kconst(fs, (uint64_t)method_expr_wrapper(cg, rt, e->y->name, &s)));
    return dst;
}

static int type_assert(FS *fs, Node *e, int dst, int commaok)
{
    CG *cg = fs->cg;
    int mark = fs->freereg;
    Type *xt = etype(e->x), *tt = e->y->type;
    int src = expr(fs, e->x, -1);
    AssertInfo *ai = arena_alloc(cg->arena, sizeof *ai);
    ai->target = cg_rtype(cg, tt);
    ai->source = cg_rtype(cg, xt);
    int nonempty = U(xt)->nmethods ? 2 : 0;
    int64_t n = words_of(tt) + (commaok ? 1 : 0);
    fs->freereg = mark;
    if (dst < 0 || commaok) {
        dst = reserve(fs, n);
        if (dst <= src + 1 && dst + n > src)
            dst = reserve(fs, n);
    }
    if (U(tt)->kind == TY_INTERFACE)
        emit(fs, MK_ABC(OP_ASSERTI, dst, src, nonempty | commaok));
    else
        emit(fs, MK_ABC(OP_ASSERT, dst, src, nonempty | commaok));
    EXTRA((uint64_t)ai);
    return dst;
}

static int expr(FS *fs, Node *e, int dst)
{
    CG *cg = fs->cg;
    Type *t = etype(e);
    if (is_const(e)) {
        dst = target(fs, t, dst);
        load_const(fs, t, e->val, dst);
        return dst;
    }
    switch (e->kind) {
    case N_PAREN:
        return expr(fs, e->x, dst);
    case N_IDENT: {
        Object *o = e->obj;
        if (!o) {
            cg_error(cg, e->pos, "golite: unresolved identifier %s", e->name);
            return target(fs, t, dst);
        }
        switch (o->kind) {
        case OBJ_VAR: {
            if (fs->copy_operands && dst < 0)
                dst = reserve(fs, words_of(o->type));
            int mark = fs->freereg;
            Loc l = var_loc(fs, o);
            if (l.kind == L_PTR && dst < 0) {
                fs->freereg = mark;
                int d = reserve(fs, words_of(o->type));
                if (d == l.reg && words_of(o->type) > 1) {
                    d = reserve(fs, words_of(o->type));
                }
                return load(fs, l, o->type, d);
            }
            return load(fs, l, o->type, dst);
        }
        case OBJ_FUNC: {
            Func *f = cg_func_of(cg, o);
            require_impl(fs, f, e->pos);
            dst = target(fs, t, dst);
            ABx(FUNCVAL, dst, kconst(fs, (uint64_t)f));
            return dst;
        }
        case OBJ_NIL:
            dst = target(fs, t, dst);
            ABC(ZERO, dst, 0, words_of(t));
            return dst;
        default:
            cg_error(cg, e->pos, "golite: %s is not a value", e->name);
            return target(fs, t, dst);
        }
    }
    case N_SELECTOR: {
        if (is_pkg_selector(e)) {
            Object *o = e->obj ? e->obj : e->y->obj;
            Node id = *e->y;
            id.obj = o;
            id.type = e->type;
            return expr(fs, &id, dst);
        }
        if (e->x->mode == M_TYPEXPR)
            return method_expr(fs, e, dst);
        if (is_method_sel(e))
            return method_value(fs, e, dst);
        int mark = fs->freereg;
        Loc l = lvalue(fs, e);
        if (dst < 0 && l.kind == L_PTR) {
            int d = reserve(fs, words_of(t));
            return load(fs, l, t, d);
        }
        if (dst < 0 && l.kind == L_FRAME && l.reg >= mark) {
            /* a field of a temporary: copy it down */
            int r = load(fs, l, t, -1);
            return r;
        }
        return load(fs, l, t, dst);
    }
    case N_INDEX: {
        Type *xt = etype(e->x), *u = U(xt);
        int mark = fs->freereg;
        if (u->kind == TY_MAP)
            return map_get(fs, e, dst, 0);
        if ((u->kind == TY_SLICE && type_size(u->elem) == 8 && is_scalar(u->elem)) ||
            ((u->kind == TY_SLICE || u->kind == TY_STRING) &&
             (u->kind == TY_STRING || (type_size(u->elem) == 1 && U(u->elem)->kind == TY_UINT8)))) {
            int s = expr(fs, e->x, -1);
            int i = expr(fs, e->y, -1);
            fs->freereg = mark;
            if (dst < 0)
                dst = reserve(fs, 1);
            if (fs->freereg <= (s > i ? s + 1 : i))
                fs->freereg = (s > i ? s + 2 : i + 1);
            emit(fs, MK_ABC(u->kind == TY_STRING || type_size(u->elem) == 1 ? OP_GETSB : OP_GETSW, dst, s, i));
            fs->freereg = dst >= mark ? dst + 1 : mark;
            return dst;
        }
        Loc l = lvalue(fs, e);
        if (dst < 0 && l.kind != L_REG) {
            int d = reserve(fs, words_of(t));
            return load(fs, l, t, d);
        }
        return load(fs, l, t, dst);
    }
    case N_SLICE:
        return slice_expr(fs, e, dst);
    case N_STAR: {
        int p = expr(fs, e->x, -1);
        Loc l = {L_PTR, p, 0};
        if (dst < 0)
            dst = reserve(fs, words_of(t));
        return load(fs, l, t, dst);
    }
    case N_UNARY:
        return unary(fs, e, dst);
    case N_BINARY:
        return binary(fs, e, dst);
    case N_CALL:
        return call_expr(fs, e, dst, 1);
    case N_COMPOSITE:
        return composite(fs, e, dst);
    case N_FUNCLIT:
        return funclit(fs, e, dst);
    case N_TYPEASSERT:
        return type_assert(fs, e, dst, 0);
    default:
        cg_error(cg, e->pos, "golite: expression not implemented (%s)", node_kind_name[e->kind]);
        return target(fs, t ? t : T_int, dst);
    }
}

/* ------------------------------------------------------------------ */
/* statements */

static Type *lhs_type(Node *x);
static void run_open_defers(FS *fs);

static int hidden_local(FS *fs, int64_t n)
{
    return reserve(fs, n);
}

static void not_yet(FS *fs, Node *s, const char *what)
{
    cg_error(fs->cg, s->pos, "golite: %s", what);
}

/* An assignment target, evaluated before the right side (spec: index and
 * pointer operands on the left are evaluated first). */
typedef struct Lhs {
    int kind;           /* 0 blank, 1 Loc, 2 SETSW, 3 SETSB, 4 map element (s map, i key) */
    Loc l;
    int s, i;
    Type *t;
    Type *mtype;
} Lhs;

static int is_blank(Node *x)
{
    x = unparen(x);
    return x->kind == N_IDENT && x->name[0] == '_' && x->name[1] == 0;
}

static Lhs lhs_prepare(FS *fs, Node *x)
{
    Lhs h = {0};
    x = unparen(x);
    if (is_blank(x))
        return h;
    h.t = lhs_type(x);
    if (x->kind == N_INDEX && U(etype(x->x))->kind == TY_MAP) {
        map_operands(fs, x, &h.s, &h.i);
        h.kind = 4;
        h.l.off = 0;
        h.mtype = etype(x->x);
        return h;
    }
    if (x->kind == N_INDEX) {
        Type *u = U(etype(x->x));
        if (u->kind == TY_SLICE && ((type_size(u->elem) == 8 && is_scalar(u->elem)) ||
                                    (type_size(u->elem) == 1 && U(u->elem)->kind == TY_UINT8))) {
            h.s = expr(fs, x->x, -1);
            h.i = expr(fs, x->y, -1);
            h.kind = type_size(u->elem) == 8 ? 2 : 3;
            return h;
        }
    }
    h.kind = 1;
    h.l = lvalue(fs, x);
    return h;
}

static void lhs_store(FS *fs, Lhs *h, Type *vt, int r)
{
    if (h->kind == 0)
        return;
    Type *lt = h->t;
    if (U(lt)->kind == TY_INTERFACE && vt && (U(vt)->kind != TY_INTERFACE || U(vt)->nmethods != U(lt)->nmethods)) {
        int b = reserve(fs, 2);
        box(fs, vt, lt, r, b);
        r = b;
    }
    if (h->kind == 2 || h->kind == 3)
        emit(fs, MK_ABC(h->kind == 2 ? OP_SETSW : OP_SETSB, r, h->s, h->i));
    else if (h->kind == 4)
        store(fs, (Loc){L_PTR, map_slot(fs, h->mtype, h->s, h->i), 0}, lt, r);
    else
        store(fs, h->l, lt, r);
}

/* A target whose Loc would be a pointer into the frame (a register array
 * indexed dynamically) must be formed after the right side, which may
 * call and move the stack. */
static int lhs_after_rhs(FS *fs, Node *x)
{
    x = unparen(x);
    while (x->kind == N_SELECTOR && !is_pkg_selector(x) && U(etype(x->x))->kind == TY_STRUCT)
        x = unparen(x->x);
    if (x->kind != N_INDEX || U(etype(x->x))->kind != TY_ARRAY)
        return 0;
    Node *inner = unparen(x->x);
    while (inner->kind == N_SELECTOR && !is_pkg_selector(inner) && U(etype(inner->x))->kind == TY_STRUCT)
        inner = unparen(inner->x);
    if (inner->kind != N_INDEX || is_const(inner->y) || U(etype(inner->x))->kind != TY_ARRAY)
        return 0;
    Node *root = unparen(x->x);
    while ((root->kind == N_SELECTOR && !is_pkg_selector(root) && U(etype(root->x))->kind == TY_STRUCT) ||
           (root->kind == N_INDEX && U(etype(root->x))->kind == TY_ARRAY))
        root = unparen(root->x);
    return root->kind == N_IDENT && is_local_var(root->obj) && !root->obj->cg_boxed && root->obj->cg_owner == fs->owner;
}

/* Assigns the value in registers r (of type vt) to the lvalue node lhs. */
static void assign_to(FS *fs, Node *lhs, Type *vt, int r)
{
    int mark = fs->freereg;
    Lhs h = lhs_prepare(fs, lhs);
    lhs_store(fs, &h, vt, r);
    fs->freereg = mark;
}

static Type *lhs_type(Node *x)
{
    x = unparen(x);
    if (x->kind == N_IDENT && x->obj && x->obj->kind == OBJ_VAR)
        return x->obj->type;
    return etype(x);
}

static int id_boxed(Node *id)
{
    return id->obj && id->obj->cg_boxed;
}

static int simple_value(Node *e)
{
    e = unparen(e);
    return is_const(e) || e->kind == N_BINARY || e->kind == N_UNARY || e->kind == N_CALL ||
           e->kind == N_INDEX || e->kind == N_STAR || e->kind == N_SLICE;
}

static void assign_stmt(FS *fs, Node *s)
{
    NodeList *lhs = &s->list, *rhs = &s->list2;
    int mark = fs->freereg;
    if (s->op != TK_ASSIGN && s->op != TK_DEFINE) {
        /* x op= y */
        Node *x = lhs->v[0], *y = rhs->v[0];
        Type *t = etype(x);
        Node *ux = unparen(x);
        if (ux->kind == N_IDENT && ux->obj && is_local_var(ux->obj) && !ux->obj->cg_boxed &&
            ux->obj->cg_owner == fs->owner) {
            Node bin = *s;
            bin.kind = N_BINARY;
            bin.x = x;
            bin.y = y;
            bin.type = t;
            bin.val = NULL;
            bin.mode = M_VALUE;
            binary(fs, &bin, ux->obj->cg_reg);
            fs->freereg = mark;
            return;
        }
        int shift = s->op == TK_SHL || s->op == TK_SHR;
        if (ux->kind == N_INDEX && U(etype(ux->x))->kind == TY_MAP) {
            /* m[k] op= y: the right side first, and nothing inserted if it
             * panics or the division does (go's order: index operands, y,
             * then the map access; a bad shift count panics after the
             * insertion, as in go); one lookup except for / and % */
            Type *mtype = etype(ux->x);
            int m, k;
            map_operands(fs, ux, &m, &k);
            int yv = shift ? expr(fs, y, -1) : expr_as(fs, y, t, -1);
            int res = reserve(fs, words_of(t));
            if ((s->op == TK_QUO || s->op == TK_REM) && !is_floatish(t) && U(t)->kind != TY_COMPLEX64 &&
                U(t)->kind != TY_COMPLEX128) {
                int cur = reserve(fs, words_of(t));
                int kc = map_key_class(mtype);
                emit(fs, MK_ABC(kc == 1 ? OP_MAPGETW : kc == 2 ? OP_MAPGETS : kc == 3 ? OP_MAPGETW32 : OP_MAPGET,
                                cur, m, k));
                EXTRA((uint64_t)cg_rtype(fs->cg, mtype));
                arith(fs, s->op, t, res, cur, yv, shift ? etype(y) : t);
                store(fs, (Loc){L_PTR, map_slot(fs, mtype, m, k), 0}, t, res);
            } else {
                Loc l = {L_PTR, map_slot(fs, mtype, m, k), 0};
                int cur = load(fs, l, t, reserve(fs, words_of(t)));
                arith(fs, s->op, t, res, cur, yv, shift ? etype(y) : t);
                store(fs, l, t, res);
            }
            fs->freereg = mark;
            return;
        }
        /* evaluate the location once */
        Loc l = lvalue(fs, x);
        int cur = load(fs, l, t, reserve(fs, words_of(t)));
        int yv;
        if (s->op == TK_SHL || s->op == TK_SHR)
            yv = expr(fs, y, -1);
        else
            yv = expr_as(fs, y, t, -1);
        int res = reserve(fs, words_of(t));
        arith(fs, s->op, t, res, cur, yv, (s->op == TK_SHL || s->op == TK_SHR) ? etype(y) : t);
        store(fs, l, t, res);
        fs->freereg = mark;
        return;
    }
    if (s->op == TK_DEFINE) {
        /* new variables get registers first so temporaries stay above them */
        int nr = rhs->n;
        int multi = lhs->n > 1 && nr == 1;
        int newmask[64] = {0};
        for (int i = 0; i < lhs->n && i < 64; i++) {
            Node *id = lhs->v[i];
            if (id->obj && id->obj->pos.line == id->pos.line && id->obj->pos.col == id->pos.col &&
                !(id->name[0] == '_' && id->name[1] == 0)) {
                newmask[i] = 1;
                declare_local(fs, id->obj, 0);
            }
        }
        mark = fs->freereg;
        Node *r0 = unparen(rhs->v[0]);
        if (!multi && lhs->n == 1 && newmask[0] && id_boxed(lhs->v[0]) && r0->kind == N_COMPOSITE &&
            (U(lhs_type(lhs->v[0]))->kind == TY_ARRAY || U(lhs_type(lhs->v[0]))->kind == TY_STRUCT) &&
            types_identical(U(etype(r0)), U(lhs_type(lhs->v[0])))) {
            /* a boxed (large or address-taken) variable: build the literal in its cell */
            composite_into(fs, r0, var_loc(fs, lhs->v[0]->obj), lhs_type(lhs->v[0]));
            fs->freereg = mark;
            return;
        }
        if (!multi && lhs->n == 1 && newmask[0] && !id_boxed(lhs->v[0])) {
            expr_as_to(fs, rhs->v[0], lhs->v[0]->obj->type, lhs->v[0]->obj->cg_reg);
            fs->freereg = mark;
            return;
        }
        (void)newmask;
    }
    if (lhs->n == rhs->n) {
        if (lhs->n == 1) {
            Node *x = unparen(lhs->v[0]);
            Type *lt = lhs_type(x);
            if (x->kind == N_IDENT && x->obj && is_local_var(x->obj) && !x->obj->cg_boxed &&
                x->obj->cg_owner == fs->owner && simple_value(rhs->v[0]) && words_of(lt) == 1) {
                expr_as_to(fs, rhs->v[0], lt, x->obj->cg_reg);
                fs->freereg = mark;
                return;
            }
            if (is_blank(x)) {
                expr(fs, rhs->v[0], -1);
                fs->freereg = mark;
                return;
            }
            Type *vt = U(lt)->kind == TY_INTERFACE ? lt : etype(rhs->v[0]);
            if (lhs_after_rhs(fs, x)) {
                int r = expr_as(fs, rhs->v[0], lt, -1);
                assign_to(fs, x, vt, r);
            } else {
                Lhs h = lhs_prepare(fs, x);
                int r = expr_as(fs, rhs->v[0], lt, -1);
                lhs_store(fs, &h, vt, r);
            }
            fs->freereg = mark;
            return;
        }
        /* parallel assignment: targets' operands, then all values, then the stores */
        int vals[64];
        Lhs hs[64];
        int late = 0;
        for (int i = 0; i < lhs->n && i < 64; i++)
            late |= lhs_after_rhs(fs, lhs->v[i]);
        fs->copy_operands = 1;
        for (int i = 0; i < lhs->n && i < 64 && !late; i++)
            hs[i] = lhs_prepare(fs, lhs->v[i]);
        fs->copy_operands = 0;
        for (int i = 0; i < rhs->n && i < 64; i++) {
            Node *x = unparen(lhs->v[i]);
            Type *lt = is_blank(x) ? etype(rhs->v[i]) : lhs_type(x);
            int r = reserve(fs, words_of(lt));
            expr_as_to(fs, rhs->v[i], lt, r);
            vals[i] = r;
        }
        for (int i = 0; i < lhs->n && i < 64; i++) {
            Node *x = unparen(lhs->v[i]);
            Type *lt = is_blank(x) ? etype(rhs->v[i]) : lhs_type(x);
            if (late)
                assign_to(fs, x, lt, vals[i]);
            else
                lhs_store(fs, &hs[i], lt, vals[i]);
        }
        fs->freereg = mark;
        return;
    }
    /* a, b = f() / v, ok = x.(T) */
    Node *r0 = unparen(rhs->v[0]);
    int r;
    Type *tup;
    Type tmp_tup;
    Field fields[2];
    Lhs hs[64];
    int late = 0;
    for (int i = 0; i < lhs->n && i < 64; i++)
        late |= lhs_after_rhs(fs, lhs->v[i]);
    fs->copy_operands = 1;
    for (int i = 0; i < lhs->n && i < 64 && !late; i++)
        hs[i] = lhs_prepare(fs, lhs->v[i]);
    fs->copy_operands = 0;
    if (r0->kind == N_TYPEASSERT) {
        r = type_assert(fs, r0, -1, 1);
        fields[0].type = r0->y->type;
        fields[1].type = T_bool;
        tmp_tup.kind = TY_TUPLE;
        tmp_tup.fields = fields;
        tmp_tup.nfields = 2;
        tup = &tmp_tup;
    } else if (r0->kind == N_CALL) {
        r = call_expr(fs, r0, -1, lhs->n);
        tup = r0->type;
    } else if (r0->kind == N_INDEX && U(etype(r0->x))->kind == TY_MAP) {
        r = map_get(fs, r0, -1, 1);
        fields[0].type = U(etype(r0->x))->elem;
        fields[1].type = T_bool;
        tmp_tup.kind = TY_TUPLE;
        tmp_tup.fields = fields;
        tmp_tup.nfields = 2;
        tup = &tmp_tup;
    } else {
        r = chan_recv_expr(fs, r0, -1, 1);
        fields[0].type = U(etype(r0->x))->elem;
        fields[1].type = T_bool;
        tmp_tup.kind = TY_TUPLE;
        tmp_tup.fields = fields;
        tmp_tup.nfields = 2;
        tup = &tmp_tup;
    }
    int64_t off = 0;
    for (int i = 0; i < lhs->n && i < tup->nfields; i++) {
        Type *vt = tup->fields[i].type;
        if (late)
            assign_to(fs, lhs->v[i], vt, r + (int)off);
        else
            lhs_store(fs, &hs[i], vt, r + (int)off);
        off += words_of(vt);
    }
    fs->freereg = mark;
}

static void incdec(FS *fs, Node *s)
{
    Node *x = unparen(s->x);
    Type *t = etype(x);
    int mark = fs->freereg;
    int64_t d = s->op == TK_INC ? 1 : -1;
    if (x->kind == N_IDENT && is_local_var(x->obj) && !x->obj->cg_boxed && x->obj->cg_owner == fs->owner &&
        type_is_integer(t)) {
        ABC(ADDI, x->obj->cg_reg, x->obj->cg_reg, (uint64_t)d);
        normalise(fs, t, x->obj->cg_reg);
        return;
    }
    Loc l = lvalue(fs, x);
    int v = load(fs, l, t, reserve(fs, words_of(t)));
    if (type_is_integer(t)) {
        ABC(ADDI, v, v, (uint64_t)d);
        normalise(fs, t, v);
    } else {
        int one = reserve(fs, words_of(t));
        ConstVal *cv = const_make_int64(fs->cg->c->ca, 1);
        load_const(fs, t, cv, one);
        arith(fs, s->op == TK_INC ? TK_ADD : TK_SUB, t, v, v, one, t);
    }
    store(fs, l, t, v);
    fs->freereg = mark;
}

static void var_spec(FS *fs, Node *spec)
{
    NodeList *names = &spec->list, *vals = &spec->list2;
    if (vals->n == 0) {
        for (int i = 0; i < names->n; i++)
            declare_local(fs, names->v[i]->obj, 1);
        return;
    }
    for (int i = 0; i < names->n; i++)
        if (!(names->v[i]->name[0] == '_' && names->v[i]->name[1] == 0))
            declare_local(fs, names->v[i]->obj, 0);
    int mark = fs->freereg;
    if (names->n == vals->n) {
        int regs[64];
        for (int i = 0; i < names->n && i < 64; i++) {
            Object *o = names->v[i]->obj;
            Type *t = o ? o->type : etype(vals->v[i]);
            regs[i] = reserve(fs, words_of(t));
            expr_as_to(fs, vals->v[i], t, regs[i]);
        }
        for (int i = 0; i < names->n && i < 64; i++) {
            Object *o = names->v[i]->obj;
            if (!o || (o->name[0] == '_' && o->name[1] == 0))
                continue;
            store(fs, var_loc(fs, o), o->type, regs[i]);
        }
        fs->freereg = mark;
        return;
    }
    Node *r0 = unparen(vals->v[0]);
    int r;
    Type *tup;
    if (r0->kind == N_CALL) {
        r = call_expr(fs, r0, -1, names->n);
        tup = r0->type;
        int64_t off = 0;
        for (int i = 0; i < names->n; i++) {
            Object *o = names->v[i]->obj;
            Type *vt = tup->fields[i].type;
            if (o && !(o->name[0] == '_' && o->name[1] == 0)) {
                int v = r + (int)off;
                if (needs_iconv(vt, o->type)) {
                    v = reserve(fs, 2);
                    box(fs, vt, o->type, r + (int)off, v);
                }
                store(fs, var_loc(fs, o), o->type, v);
            }
            off += words_of(vt);
        }
    } else if (r0->kind == N_TYPEASSERT) {
        r = type_assert(fs, r0, -1, 1);
        Object *o0 = names->v[0]->obj, *o1 = names->v[1]->obj;
        if (o0 && !(o0->name[0] == '_' && o0->name[1] == 0))
            store(fs, var_loc(fs, o0), o0->type, r);
        if (o1 && !(o1->name[0] == '_' && o1->name[1] == 0))
            store(fs, var_loc(fs, o1), o1->type, r + (int)words_of(r0->y->type));
    } else if (r0->kind == N_INDEX && U(etype(r0->x))->kind == TY_MAP) {
        r = map_get(fs, r0, -1, 1);
        Object *o0 = names->v[0]->obj, *o1 = names->v[1]->obj;
        Type *et = U(etype(r0->x))->elem;
        if (o0 && !(o0->name[0] == '_' && o0->name[1] == 0)) {
            int v = r;
            if (needs_iconv(et, o0->type)) {
                v = reserve(fs, 2);
                box(fs, et, o0->type, r, v);
            }
            store(fs, var_loc(fs, o0), o0->type, v);
        }
        if (o1 && !(o1->name[0] == '_' && o1->name[1] == 0))
            store(fs, var_loc(fs, o1), o1->type, r + (int)words_of(et));
    } else {
        r = chan_recv_expr(fs, r0, -1, 1);
        Object *o0 = names->v[0]->obj, *o1 = names->v[1]->obj;
        Type *et = U(etype(r0->x))->elem;
        if (o0 && !(o0->name[0] == '_' && o0->name[1] == 0)) {
            int v = r;
            if (needs_iconv(et, o0->type)) {
                v = reserve(fs, 2);
                box(fs, et, o0->type, r, v);
            }
            store(fs, var_loc(fs, o0), o0->type, v);
        }
        if (o1 && !(o1->name[0] == '_' && o1->name[1] == 0))
            store(fs, var_loc(fs, o1), o1->type, r + (int)words_of(et));
    }
    fs->freereg = mark;
}

static void decl_stmt(FS *fs, Node *d)
{
    if (d->op != TK_VAR)
        return;
    for (int i = 0; i < d->list.n; i++)
        var_spec(fs, d->list.v[i]);
}

static Loop *push_loop(FS *fs, Loop *l, int is_loop)
{
    memset(l, 0, sizeof *l);
    l->outer = fs->loop;
    l->is_loop = is_loop;
    l->label = fs->pending_label ? fs->pending_label->name : NULL;
    fs->pending_label = NULL;
    fs->loop = l;
    return l;
}

static void pop_loop(FS *fs, Loop *l, int break_target, int continue_target)
{
    patch_list(fs, &l->breaks, break_target);
    patch_list(fs, &l->continues, continue_target);
    free(l->breaks.v);
    free(l->continues.v);
    fs->loop = l->outer;
}

static void block(FS *fs, Node *b)
{
    int mark = fs->freereg;
    stmt_list(fs, &b->list);
    fs->freereg = mark;
}

static void if_stmt(FS *fs, Node *s)
{
    int mark = fs->freereg;
    if (s->x)
        stmt(fs, s->x);
    PtrVec f = {0};
    set_line(fs, s);
    cond_jump(fs, s->y, 0, &f);
    block(fs, s->z);
    if (s->w) {
        int j = jump(fs);
        patch_list(fs, &f, here(fs));
        if (s->w->kind == N_IF)
            if_stmt(fs, s->w);
        else
            block(fs, s->w);
        patch_here(fs, j);
    } else {
        patch_list(fs, &f, here(fs));
    }
    free(f.v);
    fs->freereg = mark;
}

/* for i := a; i < n; i++ with i a plain int register and n a register or
 * constant: the back edge is one INCJLT. */
static int counted_loop(FS *fs, Node *s, int *ireg, int *nreg, int *le)
{
    Node *c = s->y ? unparen(s->y) : NULL, *post = s->z;
    if (!c || !post || post->kind != N_INCDEC || post->op != TK_INC)
        return 0;
    if (c->kind != N_BINARY || (c->op != TK_LSS && c->op != TK_LEQ))
        return 0;
    Node *iv = unparen(c->x), *pv = unparen(post->x);
    if (iv->kind != N_IDENT || pv->kind != N_IDENT || iv->obj != pv->obj || !is_local_var(iv->obj) ||
        iv->obj->cg_boxed || iv->obj->cg_owner != fs->owner)
        return 0;
    int k = U(iv->obj->type)->kind;
    if (k != TY_INT && k != TY_INT64)
        return 0;
    Node *n = unparen(c->y);
    if (is_const(n)) {
        *nreg = hidden_local(fs, 1);
        load_const(fs, iv->obj->type, n->val, *nreg);
    } else if (n->kind == N_IDENT && is_local_var(n->obj) && !n->obj->cg_boxed && n->obj->cg_owner == fs->owner) {
        *nreg = n->obj->cg_reg;
    } else if (n->kind == N_CALL && unparen(n->x)->kind == N_IDENT && unparen(n->x)->obj &&
               unparen(n->x)->obj->kind == OBJ_BUILTIN && unparen(n->x)->obj->builtin == BI_LEN &&
               unparen(n->list.v[0])->kind == N_IDENT) {
        Node *sv = unparen(n->list.v[0]);
        int sk = U(etype(sv))->kind;
        if (!is_local_var(sv->obj) || sv->obj->cg_boxed || sv->obj->cg_owner != fs->owner ||
            (sk != TY_SLICE && sk != TY_STRING))
            return 0;
        *nreg = sv->obj->cg_reg + 1;
    } else {
        return 0;
    }
    *ireg = iv->obj->cg_reg;
    *le = c->op == TK_LEQ;
    return 1;
}

static void for_stmt(FS *fs, Node *s)
{
    int mark = fs->freereg;
    Loop lp;
    Node *label = fs->pending_label;
    fs->pending_label = NULL;
    if (s->x)
        stmt(fs, s->x);
    fs->pending_label = label;
    push_loop(fs, &lp, 1);
    set_line(fs, s);
    int ireg, nreg, le;
    if (counted_loop(fs, s, &ireg, &nreg, &le)) {
        PtrVec exit = {0};
        cond_jump(fs, s->y, 0, &exit);
        int top = here(fs);
        block(fs, s->w);
        int cont = here(fs);
        set_line(fs, s);
        int j = emit(fs, MK_ABC(le ? OP_INCJLE : OP_INCJLT, ireg, nreg, 0));
        patch_to(fs, j, top);
        patch_list(fs, &exit, here(fs));
        free(exit.v);
        pop_loop(fs, &lp, here(fs), cont);
        fs->freereg = mark;
        return;
    }
    int j = s->y ? jump(fs) : -1;
    int top = here(fs);
    block(fs, s->w);
    int cont = here(fs);
    if (s->z)
        stmt(fs, s->z);
    set_line(fs, s);
    if (j >= 0)
        patch_here(fs, j);
    if (s->y) {
        PtrVec back = {0};
        cond_jump(fs, s->y, 1, &back);
        patch_list(fs, &back, top);
        free(back.v);
    } else {
        patch_to(fs, jump(fs), top);
    }
    pop_loop(fs, &lp, here(fs), cont);
    fs->freereg = mark;
}

/* Does the tree assign to (or take the address of) variable o? */
static int assigns_to(Node *n, Object *o)
{
    if (!n)
        return 0;
    if (n->kind == N_ASSIGN)
        for (int i = 0; i < n->list.n; i++) {
            Node *x = unparen(n->list.v[i]);
            if (x->kind == N_IDENT && x->obj == o)
                return 1;
        }
    if (n->kind == N_INCDEC && unparen(n->x)->kind == N_IDENT && unparen(n->x)->obj == o)
        return 1;
    if (n->kind == N_RANGE && n->op == TK_ASSIGN &&
        ((n->x && unparen(n->x)->obj == o) || (n->y && unparen(n->y)->obj == o)))
        return 1;
    if (n->kind == N_UNARY && n->op == TK_AND)
        return 1;
    if (assigns_to(n->x, o) || assigns_to(n->y, o) || assigns_to(n->z, o) || assigns_to(n->w, o))
        return 1;
    for (int i = 0; i < n->list.n; i++)
        if (assigns_to(n->list.v[i], o))
            return 1;
    for (int i = 0; i < n->list2.n; i++)
        if (assigns_to(n->list2.v[i], o))
            return 1;
    return 0;
}

static Loop *push_loop(FS *fs, Loop *l, int is_loop);
static void pop_loop(FS *fs, Loop *l, int break_target, int continue_target);

/* for k, v := range m: an iterator (runtime/map.c) walks the map; the key
 * and elem are loaded through the pointers it yields. */
static void range_map(FS *fs, Node *s, Node *kx, Node *vx, Node *label)
{
    Type *mt = U(etype(s->z));
    int it = hidden_local(fs, 1);
    int m = expr(fs, s->z, -1);
    ABC(MAPITER, it, m, 0);
    Object *ko = NULL, *vo = NULL;
    if (s->op == TK_DEFINE) {
        if (kx && unparen(kx)->obj)
            declare_local(fs, ko = unparen(kx)->obj, 1);
        if (vx && unparen(vx)->obj)
            declare_local(fs, vo = unparen(vx)->obj, 1);
    }
    int kv = hidden_local(fs, 2);
    int body_mark = fs->freereg;
    fs->pending_label = label;
    Loop lp;
    push_loop(fs, &lp, 1);
    int top = here(fs);
    int exit = emit(fs, MK_ABC(OP_MAPIT, kv, it, 0));
    /* `for k, a[k] = range m`: both targets evaluated before assigning */
    if (!ko && !vo && kx && vx && !lhs_after_rhs(fs, kx) && !lhs_after_rhs(fs, vx)) {
        fs->copy_operands = 1;
        Lhs hk = lhs_prepare(fs, kx), hv = lhs_prepare(fs, vx);
        fs->copy_operands = 0;
        int rk = load(fs, (Loc){L_PTR, kv, 0}, mt->key, reserve(fs, words_of(mt->key)));
        int rv = load(fs, (Loc){L_PTR, kv + 1, 0}, mt->elem, reserve(fs, words_of(mt->elem)));
        lhs_store(fs, &hk, mt->key, rk);
        lhs_store(fs, &hv, mt->elem, rv);
        fs->freereg = body_mark;
        kx = vx = NULL;
    }
    if (kx) {
        int r = load(fs, (Loc){L_PTR, kv, 0}, mt->key, reserve(fs, words_of(mt->key)));
        if (ko)
            store(fs, var_loc(fs, ko), ko->type, r);
        else
            assign_to(fs, kx, mt->key, r);
        fs->freereg = body_mark;
    }
    if (vx) {
        int r = load(fs, (Loc){L_PTR, kv + 1, 0}, mt->elem, reserve(fs, words_of(mt->elem)));
        if (vo)
            store(fs, var_loc(fs, vo), vo->type, r);
        else
            assign_to(fs, vx, mt->elem, r);
        fs->freereg = body_mark;
    }
    block(fs, s->w);
    int cont = here(fs);
    set_line(fs, s);
    ABC(MAPNEXT, it, 0, 0);
    patch_to(fs, jump(fs), top);
    patch_here(fs, exit);
    pop_loop(fs, &lp, here(fs), cont);
}

/* for v := range c: receive until the channel is closed and drained. */
static void range_chan(FS *fs, Node *s, Node *vx, Node *label)
{
    Type *et = U(etype(s->z))->elem;
    int64_t w = words_of(et);
    int c = hidden_local(fs, 1);
    expr_to(fs, s->z, c);
    Object *vo = NULL;
    if (s->op == TK_DEFINE && vx && unparen(vx)->obj)
        declare_local(fs, vo = unparen(vx)->obj, 1);
    int v = hidden_local(fs, w + 1);
    int body_mark = fs->freereg;
    fs->pending_label = label;
    Loop lp;
    push_loop(fs, &lp, 1);
    int top = here(fs);
    set_line(fs, s);
    ABC(CHANRECV2, v, c, w);
    if (w == 1)
        normalise(fs, et, v);
    int exit = emit(fs, MK_ABx(OP_JF, v + (int)w, 0));
    if (vx) {
        if (vo)
            store(fs, var_loc(fs, vo), vo->type, v);
        else
            assign_to(fs, vx, et, v);
        fs->freereg = body_mark;
    }
    block(fs, s->w);
    int cont = here(fs);
    patch_to(fs, jump(fs), top);
    patch_here(fs, exit);
    pop_loop(fs, &lp, here(fs), cont);
}

static void range_stmt(FS *fs, Node *s)
{
    CG *cg = fs->cg;
    int mark = fs->freereg;
    Node *label = fs->pending_label;
    fs->pending_label = NULL;
    Node *kx = s->x, *vx = s->y;
    if (kx && unparen(kx)->kind == N_IDENT && unparen(kx)->name[0] == '_' && unparen(kx)->name[1] == 0)
        kx = NULL;
    if (vx && unparen(vx)->kind == N_IDENT && unparen(vx)->name[0] == '_' && unparen(vx)->name[1] == 0)
        vx = NULL;
    Type *rt = etype(s->z), *u = U(rt);
    if (u->kind == TY_CHAN) {
        range_chan(fs, s, kx, label);
        fs->freereg = mark;
        return;
    }
    if (u->kind == TY_MAP) {
        range_map(fs, s, kx, vx, label);
        fs->freereg = mark;
        return;
    }
    set_line(fs, s);
    /* the ranged value, evaluated once */
    int len = hidden_local(fs, 1), idx = hidden_local(fs, 1);
    int src = -1;         /* slice/string registers, or pointer register */
    Type *elem = NULL;
    int kind = u->kind;   /* TY_STRING, TY_SLICE, TY_ARRAY (registers), TY_POINTER (memory) */
    int areg = -1;
    if (kind == TY_STRING || kind == TY_SLICE) {
        src = hidden_local(fs, kind == TY_STRING ? 2 : 3);
        expr_as_to(fs, s->z, rt, src);
        ABC(MOVE, len, src + 1, 0);
        elem = kind == TY_STRING ? universe_rune_type() : u->elem;
    } else {
        Type *at = kind == TY_POINTER ? U(u->elem) : u;
        elem = at->elem;
        load_int(fs, len, at->len);
        if (kind == TY_POINTER) {
            src = hidden_local(fs, 1);
            expr_to(fs, s->z, src);
            if (vx)
                ABC(CHKNIL, src, 0, 0);
        } else if (vx) {
            /* ranging over an array copies it */
            Node *z = unparen(s->z);
            int64_t size = type_size(at);
            if (size <= 2048) {
                areg = hidden_local(fs, words_of(at));
                expr_to(fs, z, areg);
                kind = TY_ARRAY;
            } else {
                src = hidden_local(fs, 1);
                ABx(NEW, src, kconst(fs, (uint64_t)cg_rtype(cg, at)));
                Loc l = lvalue(fs, z);
                int p = loc_addr(fs, l, -1);
                emit(fs, MK_ABC(OP_MEMCPY, src, p, 0));
                EXTRA((uint64_t)size);
                kind = TY_POINTER;
            }
        } else {
            /* only the index: the array itself need not be evaluated (unless it has effects) */
            Node *z = unparen(s->z);
            if (z->kind == N_CALL)
                expr(fs, z, -1);
            kind = TY_POINTER;
        }
    }
    /* iteration variables: one per loop (Go 1.19) */
    Object *ko = NULL, *vo = NULL;
    if (s->op == TK_DEFINE) {
        if (kx && unparen(kx)->obj) {
            ko = unparen(kx)->obj;
            declare_local(fs, ko, 1);
        }
        if (vx && unparen(vx)->obj) {
            vo = unparen(vx)->obj;
            declare_local(fs, vo, 1);
        }
    }
    if (ko && !ko->cg_boxed && kind != TY_STRING && !assigns_to(s->w, ko) && !assigns_to(s->z, ko)) {
        idx = ko->cg_reg;       /* the key variable is the counter */
        kx = NULL;
    }
    int width = kind == TY_STRING ? hidden_local(fs, 2) : -1;
    int body_mark = fs->freereg;
    fs->pending_label = label;
    Loop lp;
    push_loop(fs, &lp, 1);
    if (kind == TY_STRING) {
        ABx(LOADI, idx, 0);
        ABx(LOADI, width + 1, 0);
    } else {
        ABx(LOADI, idx, -1);
    }
    int j = jump(fs);
    int top = here(fs);
    /* key and value for this iteration */
    if (kind == TY_STRING)
        ABC(STRNEXT, width, src, idx);
    /* `for i, x[i] = range y` assigns as `i, x[i] = k, v`: the targets'
     * operands are evaluated before either is assigned */
    int par = !ko && !vo && kx && vx && !lhs_after_rhs(fs, kx) && !lhs_after_rhs(fs, vx);
    Lhs hk = {0}, hv = {0};
    int vmark = body_mark;
    if (par) {
        fs->copy_operands = 1;
        hk = lhs_prepare(fs, kx);
        hv = lhs_prepare(fs, vx);
        fs->copy_operands = 0;
        vmark = fs->freereg;
    }
    if (kx && !par) {
        if (ko)
            store(fs, var_loc(fs, ko), ko->type, idx);
        else
            assign_to(fs, kx, T_int, idx);
    }
    if (vx) {
        int v;
        fs->freereg = vmark;
        if (kind == TY_STRING) {
            v = width;
        } else if (kind == TY_SLICE) {
            int r = reserve(fs, 1);
            emit(fs, MK_ABC(OP_IDX, r, src, idx));
            EXTRA((uint64_t)type_size(elem));
            v = load(fs, (Loc){L_PTR, r, 0}, elem, reserve(fs, words_of(elem)));
        } else if (kind == TY_ARRAY) {
            int r = reserve(fs, 1);
            ABC(ADDRR, r, areg, 0);
            int64_t es = type_size(elem);
            int t2 = reserve(fs, 1);
            load_int(fs, t2, es);
            ABC(MUL, t2, t2, idx);
            ABC(ADD, r, r, t2);
            v = load(fs, (Loc){L_PTR, r, 0}, elem, reserve(fs, words_of(elem)));
        } else {
            int r = reserve(fs, 1);
            int64_t es = type_size(elem);
            load_int(fs, r, es);
            ABC(MUL, r, r, idx);
            ABC(ADD, r, r, src);
            v = load(fs, (Loc){L_PTR, r, 0}, elem, reserve(fs, words_of(elem)));
        }
        if (vo) {
            store(fs, var_loc(fs, vo), vo->type, v);
        } else if (par) {
            lhs_store(fs, &hk, T_int, idx);
            lhs_store(fs, &hv, elem, v);
        } else {
            assign_to(fs, vx, elem, v);
        }
        fs->freereg = body_mark;
    }
    block(fs, s->w);
    int cont = here(fs);
    patch_here(fs, j);
    set_line(fs, s);
    if (kind == TY_STRING) {
        ABC(ADD, idx, idx, width + 1);
        int jj = emit(fs, MK_ABC(OP_JLT, idx, len, 0));
        patch_to(fs, jj, top);
        /* first iteration enters through here with width 0 */
    } else {
        int jj = emit(fs, MK_ABC(OP_INCJLT, idx, len, 0));
        patch_to(fs, jj, top);
    }
    pop_loop(fs, &lp, here(fs), cont);
    fs->freereg = mark;
}

/* Branch target lookup. */
static Loop *find_loop(FS *fs, const char *label, int is_continue)
{
    for (Loop *l = fs->loop; l; l = l->outer) {
        if (label) {
            if (l->label == label)
                return l;
        } else if (!is_continue || l->is_loop) {
            return l;
        }
    }
    return NULL;
}

static LabelInfo *label_info(FS *fs, const char *name)
{
    for (int i = 0; i < fs->labels.n; i++) {
        LabelInfo *li = fs->labels.v[i];
        if (li->name == name)
            return li;
    }
    LabelInfo *li = xcalloc(1, sizeof *li);
    li->name = name;
    li->pc = -1;
    vec_push(&fs->labels, li);
    return li;
}

static void branch(FS *fs, Node *s)
{
    const char *label = s->x ? s->x->name : NULL;
    switch (s->op) {
    case TK_BREAK: case TK_CONTINUE: {
        Loop *l = find_loop(fs, label, s->op == TK_CONTINUE);
        if (!l) {
            not_yet(fs, s, "branch target not found");
            return;
        }
        vec_push(s->op == TK_BREAK ? &l->breaks : &l->continues, (void *)(intptr_t)jump(fs));
        return;
    }
    case TK_GOTO: {
        LabelInfo *li = label_info(fs, label);
        int j = jump(fs);
        if (li->pc >= 0)
            patch_to(fs, j, li->pc);
        else
            vec_push(&li->pending, (void *)(intptr_t)j);
        return;
    }
    default:
        return;    /* fallthrough is handled by the switch */
    }
}

static int ends_in_fallthrough(Node *c)
{
    NodeList *b = &c->list2;
    if (!b->n)
        return 0;
    Node *last = b->v[b->n - 1];
    return last->kind == N_BRANCH && last->op == TK_FALLTHROUGH;
}

static void switch_stmt(FS *fs, Node *s)
{
    int mark = fs->freereg;
    Node *label = fs->pending_label;
    fs->pending_label = NULL;
    if (s->x)
        stmt(fs, s->x);
    set_line(fs, s);
    int tag = -1;
    Type *tt = NULL;
    if (s->y) {
        tt = etype(s->y);
        tag = hidden_local(fs, words_of(tt));
        expr_to(fs, s->y, tag);
    }
    int ncl = s->list.n;
    PtrVec *to_body = xcalloc((size_t)ncl + 1, sizeof(PtrVec));
    int def = -1;
    for (int i = 0; i < ncl; i++) {
        Node *c = s->list.v[i];
        if (c->flags & NF_DEFAULT) {
            def = i;
            continue;
        }
        for (int k = 0; k < c->list.n; k++) {
            Node *ce = c->list.v[k];
            set_line(fs, ce);
            int m2 = fs->freereg;
            if (tag < 0) {
                cond_jump(fs, ce, 1, &to_body[i]);
            } else {
                Type *ct = etype(ce);
                Type *t = (U(tt)->kind == TY_INTERFACE) ? tt : (U(ct)->kind == TY_INTERFACE ? ct : tt);
                int a = tag;
                if (t != tt && U(tt)->kind != TY_INTERFACE) {
                    a = reserve(fs, 2);
                    box(fs, tt, t, tag, a);
                }
                int b;
                if (is_nil(ce)) {
                    int z = reserve(fs, 1);
                    ABx(LOADI, z, 0);
                    int r = reserve(fs, 1);
                    ABC(EQ, r, a, z);
                    vec_push(&to_body[i], (void *)(intptr_t)ABx(JT, r, 0));
                    fs->freereg = m2;
                    continue;
                }
                b = expr_as(fs, ce, t, -1);
                Type *u = U(t);
                if (type_is_integer(u) || u->kind == TY_BOOL || u->kind == TY_POINTER) {
                    vec_push(&to_body[i], (void *)(intptr_t)emit(fs, MK_ABC(OP_JEQ, a, b, 0)));
                } else {
                    int r = reserve(fs, 1);
                    compare(fs, TK_EQL, t, r, a, b);
                    vec_push(&to_body[i], (void *)(intptr_t)ABx(JT, r, 0));
                }
            }
            fs->freereg = m2;
        }
    }
    int to_default = jump(fs);
    fs->pending_label = label;
    Loop lp;
    push_loop(fs, &lp, 0);
    int prev_ft = -1;
    for (int i = 0; i < ncl; i++) {
        Node *c = s->list.v[i];
        int start = here(fs);
        patch_list(fs, &to_body[i], start);
        if (i == def)
            patch_to(fs, to_default, start);
        if (prev_ft >= 0) {
            patch_to(fs, prev_ft, start);
            prev_ft = -1;
        }
        int m2 = fs->freereg;
        stmt_list(fs, &c->list2);
        fs->freereg = m2;
        int j = jump(fs);
        if (ends_in_fallthrough(c))
            prev_ft = j;
        else
            vec_push(&lp.breaks, (void *)(intptr_t)j);
    }
    if (def < 0)
        vec_push(&lp.breaks, (void *)(intptr_t)to_default);
    if (prev_ft >= 0)
        vec_push(&lp.breaks, (void *)(intptr_t)prev_ft);
    pop_loop(fs, &lp, here(fs), here(fs));
    for (int i = 0; i < ncl; i++)
        free(to_body[i].v);
    free(to_body);
    fs->freereg = mark;
}

static void type_switch_stmt(FS *fs, Node *s)
{
    CG *cg = fs->cg;
    int mark = fs->freereg;
    Node *label = fs->pending_label;
    fs->pending_label = NULL;
    if (s->x)
        stmt(fs, s->x);
    set_line(fs, s);
    Node *ta = s->z;
    Type *xt = etype(ta->x);
    int nonempty = U(xt)->nmethods ? 1 : 0;
    int xv = hidden_local(fs, 2), typ = hidden_local(fs, 1);
    expr_to(fs, ta->x, xv);
    ABC(TYPEOF, typ, xv, nonempty);
    int ncl = s->list.n, def = -1;
    PtrVec *to_body = xcalloc((size_t)ncl + 1, sizeof(PtrVec));
    for (int i = 0; i < ncl; i++) {
        Node *c = s->list.v[i];
        if (c->flags & NF_DEFAULT) {
            def = i;
            continue;
        }
        for (int k = 0; k < c->list.n; k++) {
            Node *ce = c->list.v[k];
            int m2 = fs->freereg;
            if (ce->type && ce->type->kind == TY_UNTYPED_NIL) {
                vec_push(&to_body[i], (void *)(intptr_t)emit(fs, MK_ABC(OP_JEQI, typ, 0, 0)));
            } else if (U(ce->type)->kind == TY_INTERFACE) {
                AssertInfo *ai = arena_alloc(cg->arena, sizeof *ai);
                ai->target = cg_rtype(cg, ce->type);
                ai->source = cg_rtype(cg, xt);
                int r = reserve(fs, 3);
                emit(fs, MK_ABC(OP_ASSERTI, r, xv, (nonempty ? 2 : 0) | 1));
                EXTRA((uint64_t)ai);
                vec_push(&to_body[i], (void *)(intptr_t)ABx(JT, r + 2, 0));
            } else {
                int r = reserve(fs, 1);
                ABx(LOADK, r, kconst(fs, (uint64_t)cg_rtype(cg, ce->type)));
                vec_push(&to_body[i], (void *)(intptr_t)emit(fs, MK_ABC(OP_JEQ, typ, r, 0)));
            }
            fs->freereg = m2;
        }
    }
    int to_default = jump(fs);
    fs->pending_label = label;
    Loop lp;
    push_loop(fs, &lp, 0);
    for (int i = 0; i < ncl; i++) {
        Node *c = s->list.v[i];
        int start = here(fs);
        patch_list(fs, &to_body[i], start);
        if (i == def)
            patch_to(fs, to_default, start);
        int m2 = fs->freereg;
        Object *o = c->obj;
        if (o && o->used) {
            declare_local(fs, o, 0);
            Loc l = var_loc(fs, o);
            Type *ot = o->type;
            if (c->list.n == 1 && !(c->list.v[0]->type && c->list.v[0]->type->kind == TY_UNTYPED_NIL) &&
                U(ot)->kind != TY_INTERFACE) {
                AssertInfo *ai = arena_alloc(cg->arena, sizeof *ai);
                ai->target = cg_rtype(cg, ot);
                ai->source = cg_rtype(cg, xt);
                int r = reserve(fs, words_of(ot));
                emit(fs, MK_ABC(OP_ASSERT, r, xv, nonempty ? 2 : 0));
                EXTRA((uint64_t)ai);
                store(fs, l, ot, r);
            } else if (U(ot)->kind == TY_INTERFACE && !types_identical(U(ot), U(xt))) {
                int r = reserve(fs, 2);
                box(fs, xt, ot, xv, r);
                store(fs, l, ot, r);
            } else {
                store(fs, l, ot, xv);
            }
        }
        stmt_list(fs, &c->list2);
        fs->freereg = m2;
        vec_push(&lp.breaks, (void *)(intptr_t)jump(fs));
    }
    if (def < 0)
        vec_push(&lp.breaks, (void *)(intptr_t)to_default);
    pop_loop(fs, &lp, here(fs), here(fs));
    for (int i = 0; i < ncl; i++)
        free(to_body[i].v);
    free(to_body);
    fs->freereg = mark;
}

/* The end of a function with defers: return the result variables' values
 * (a single register variable directly). */
static void return_results(FS *fs)
{
    Type *res = fs->sig->results;
    int nres = res ? res->nfields : 0;
    if (!nres) {
        ret(fs, 0, 0);
        return;
    }
    if (nres == 1 && !fs->res_objs[0]->cg_boxed && fs->res_objs[0]->cg_owner == fs->owner) {
        ret(fs, fs->res_objs[0]->cg_reg, words_of(res->fields[0].type));
        return;
    }
    int mark = fs->freereg;
    int64_t total = sig_words(res);
    int r = reserve(fs, total);
    int64_t off = 0;
    for (int i = 0; i < nres; i++) {
        Type *t = res->fields[i].type;
        load(fs, var_loc(fs, fs->res_objs[i]), t, r + (int)off);
        off += words_of(t);
    }
    ret(fs, r, total);
    fs->freereg = mark;
}

static void return_stmt(FS *fs, Node *s)
{
    int mark = fs->freereg;
    Type *res = fs->sig->results;
    int nres = res ? res->nfields : 0;
    if (fs->has_defer) {
        /* results go to the result variables; the epilogue runs the deferred
         * calls (which may change named results) and returns them */
        if (s->list.n == 1 && nres > 1) {
            int r = call_expr(fs, s->list.v[0], -1, nres);
            Type *tup = s->list.v[0]->type;
            int64_t roff = 0;
            for (int i = 0; i < nres; i++) {
                Type *t = res->fields[i].type, *vt = tup->fields[i].type;
                int v = r + (int)roff;
                if (needs_iconv(vt, t)) {
                    v = reserve(fs, 2);
                    box(fs, vt, t, r + (int)roff, v);
                }
                store(fs, var_loc(fs, fs->res_objs[i]), t, v);
                roff += words_of(vt);
            }
        } else if (s->list.n == 1 && nres == 1 && !fs->res_objs[0]->cg_boxed &&
                   fs->res_objs[0]->cg_owner == fs->owner && simple_value(s->list.v[0]) &&
                   words_of(res->fields[0].type) == 1) {
            expr_as_to(fs, s->list.v[0], res->fields[0].type, fs->res_objs[0]->cg_reg);
        } else if (s->list.n > 0) {
            int vals[64];
            for (int i = 0; i < nres && i < 64; i++) {
                Type *t = res->fields[i].type;
                vals[i] = reserve(fs, words_of(t));
                expr_as_to(fs, s->list.v[i], t, vals[i]);
            }
            for (int i = 0; i < nres && i < 64; i++)
                store(fs, var_loc(fs, fs->res_objs[i]), res->fields[i].type, vals[i]);
        }
        /* deferred calls run here, at the return's line, as go reports them */
        set_line(fs, s);
        if (fs->nopen) {
            run_open_defers(fs);
        } else {
            ABC(DEFERRETURN, 0, 0, 0);
            ABx(JMP, 0, (uint64_t)-2);
        }
        return_results(fs);
        fs->freereg = mark;
        return;
    }
    if (nres == 0) {
        ret(fs, 0, 0);
        return;
    }
    int64_t total = sig_words(res);
    if (s->list.n == 0) {
        /* bare return: the named results */
        int r = reserve(fs, total);
        int64_t off = 0;
        for (int i = 0; i < nres; i++) {
            Object *o = fs->results.v[i];
            Type *t = res->fields[i].type;
            if (o)
                load(fs, var_loc(fs, o), t, r + (int)off);
            else
                ABC(ZERO, r + (int)off, 0, words_of(t));
            off += words_of(t);
        }
        ret(fs, r, total);
        fs->freereg = mark;
        return;
    }
    if (s->list.n == 1 && nres > 1) {
        int r = call_expr(fs, s->list.v[0], -1, nres);
        Type *tup = s->list.v[0]->type;
        int out = reserve(fs, total);
        int64_t off = 0, roff = 0;
        for (int i = 0; i < nres; i++) {
            Type *t = res->fields[i].type, *vt = tup->fields[i].type;
            if (needs_iconv(vt, t))
                box(fs, vt, t, r + (int)roff, out + (int)off);
            else
                ABC(MOVEN, out + (int)off, r + (int)roff, words_of(t));
            off += words_of(t);
            roff += words_of(vt);
        }
        ret(fs, out, total);
        fs->freereg = mark;
        return;
    }
    int r = reserve(fs, total);
    int64_t off = 0;
    for (int i = 0; i < nres; i++) {
        Type *t = res->fields[i].type;
        int m2 = fs->freereg;
        expr_as_to(fs, s->list.v[i], t, r + (int)off);
        fs->freereg = m2;
        off += words_of(t);
    }
    ret(fs, r, total);
    fs->freereg = mark;
}

/* Does the function body (not nested function literals) defer? */
static int has_defer_stmt(Node *n)
{
    if (!n || n->kind == N_FUNCLIT)
        return 0;
    if (n->kind == N_DEFER)
        return 1;
    if (has_defer_stmt(n->x) || has_defer_stmt(n->y) || has_defer_stmt(n->z) || has_defer_stmt(n->w))
        return 1;
    for (int i = 0; i < n->list.n; i++)
        if (has_defer_stmt(n->list.v[i]))
            return 1;
    for (int i = 0; i < n->list2.n; i++)
        if (has_defer_stmt(n->list2.v[i]))
            return 1;
    return 0;
}

/* defer of a builtin (or conversion): the arguments are evaluated now into
 * a record and a generated function makes the call later. */
/* The argument types a deferred builtin's record holds. */
static int builtin_defer_types(Node *call, Type **types)
{
    NodeList *a = &call->list;
    for (int i = 0; i < a->n && i < 64; i++) {
        Type *t = etype(a->v[i]);
        if (!t || t->kind == TY_UNTYPED_NIL || type_is_untyped(t))
            t = t && t->kind == TY_UNTYPED_NIL ? T_any : type_default(t ? t : T_int);
        types[i] = t;
    }
    return a->n;
}

static int is_builtin_call(Node *call)
{
    Node *fn = unparen(call->x);
    return fn->mode == M_TYPEXPR || (fn->kind == N_IDENT && fn->obj && fn->obj->kind == OBJ_BUILTIN) ||
           (fn->kind == N_SELECTOR && is_pkg_selector(fn) && fn->y->obj && fn->y->obj->kind == OBJ_BUILTIN);
}

/* Words of arguments a deferred call's record holds. */
static int64_t defer_argw(Node *call)
{
    if (is_builtin_call(call)) {
        Type *types[64];
        int n = builtin_defer_types(call, types);
        int64_t w = 0;
        for (int i = 0; i < n && i < 64; i++)
            w += words_of(types[i]);
        return w;
    }
    return sig_words(U(unparen(call->x)->type)->params);
}

/* A deferred builtin: its arguments are evaluated now into base+1.., and a
 * generated function taking them as parameters makes the call (base). */
static void builtin_defer(FS *fs, Node *call, int base)
{
    CG *cg = fs->cg;
    NodeList *a = &call->list;
    int n = a->n;
    if (n > 64 || (n == 1 && a->v[0]->type && a->v[0]->type->kind == TY_TUPLE)) {
        not_yet(fs, call, "golite: a deferred builtin call with more than 64 arguments or a multi-value argument is not implemented yet");
        return;
    }
    /* argument types as evaluated */
    Type *types[64];
    builtin_defer_types(call, types);
    int64_t argw = defer_argw(call);
    int64_t off = 0;
    for (int i = 0; i < n; i++) {
        expr_as_to(fs, a->v[i], types[i], base + 1 + (int)off);
        off += words_of(types[i]);
    }
    /* the function: parameters p0..pn-1 in registers, then the builtin call
     * compiled from a copy of the call whose arguments are those parameters */
    Func *f = arena_alloc(cg->arena, sizeof *f);
    f->name = arena_strndup(cg->arena, fs->f->name, strlen(fs->f->name));
    f->file = cg->file;
    f->prog = cg->prog;
    f->line = call->pos.line;
    f->nparams = (int)argw;
    FS sub_, *sub = &sub_;
    fs_init(sub, cg, NULL, f, fs->owner);
    sub->line = call->pos.line;
    sub->sig = type_new(cg->arena, TY_FUNC);
    Node *copy = arena_alloc(cg->arena, sizeof(Node));
    *copy = *call;
    copy->list = (NodeList){0};
    off = 0;
    for (int i = 0; i < n; i++) {
        Object *o = object_new(cg->arena, OBJ_VAR, "~p", call->pos, types[i]);
        o->cg_owner = fs->owner;
        o->cg_reg = (int)off;
        Node *id = arena_alloc(cg->arena, sizeof(Node));
        id->kind = N_IDENT;
        id->name = "~p";
        id->obj = o;
        id->type = types[i];
        id->mode = M_VAR;
        id->pos = a->v[i]->pos;
        list_add(cg->arena, &copy->list, id);
        off += words_of(types[i]);
    }
    sub->freereg = sub->maxreg = (int)argw;
    Node *bfn = unparen(call->x);
    if (bfn->kind == N_IDENT && bfn->obj && bfn->obj->kind == OBJ_BUILTIN && bfn->obj->builtin == BI_RECOVER)
        emit(sub, MK_ABC(OP_RECOVERD, reserve(sub, 2), 0, 0));   /* defer recover() */
    else
        expr(sub, copy, -1);
    emit(sub, MK_ABC(OP_RET, 0, 0, 0));
    fs_finish(sub);
    Closure *cl = arena_alloc(cg->arena, sizeof(Closure));
    cl->fn = f;
    f->static_closure = cl;
    ABx(LOADK, base, kconst(fs, (uint64_t)cl));
}

/* Marks the defer statements that run at most once per call (not inside a
 * loop; a function with labels may loop through goto, so none there) and
 * collects them in source order. */
static void scan_defers(Node *n, int in_loop, PtrVec *out)
{
    if (!n || n->kind == N_FUNCLIT)
        return;
    if (n->kind == N_DEFER) {
        if (!in_loop)
            n->flags |= NF_DEFER_ONCE;
        vec_push(out, n);
    }
    int loop = in_loop || n->kind == N_FOR || n->kind == N_RANGE;
    scan_defers(n->x, in_loop, out);
    scan_defers(n->y, in_loop, out);
    scan_defers(n->z, in_loop, out);
    scan_defers(n->w, loop, out);
    for (int i = 0; i < n->list.n; i++)
        scan_defers(n->list.v[i], in_loop, out);
    for (int i = 0; i < n->list2.n; i++)
        scan_defers(n->list2.v[i], in_loop, out);
}

static int has_labels(Node *n)
{
    if (!n || n->kind == N_FUNCLIT)
        return 0;
    if (n->kind == N_LABELED)
        return 1;
    if (has_labels(n->x) || has_labels(n->y) || has_labels(n->z) || has_labels(n->w))
        return 1;
    for (int i = 0; i < n->list.n; i++)
        if (has_labels(n->list.v[i]))
            return 1;
    for (int i = 0; i < n->list2.n; i++)
        if (has_labels(n->list2.v[i]))
            return 1;
    return 0;
}

static int64_t defer_argw(Node *call);

/* Can a deferred function literal's body run inline at the returns? Not if
 * it returns, recovers, defers, jumps to labels or makes closures (its
 * frame would matter). */
static int inline_ok(Node *n)
{
    if (!n)
        return 1;
    switch (n->kind) {
    case N_RETURN: case N_DEFER: case N_FUNCLIT: case N_LABELED: case N_GO: case N_SELECT:
        return 0;
    case N_BRANCH:
        if (n->op == TK_GOTO)
            return 0;
        break;
    case N_CALL: {
        Node *f = unparen(n->x);
        if (f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_BUILTIN &&
            (f->obj->builtin == BI_RECOVER || f->obj->builtin == BI_PANIC))
            return 0;
        break;
    }
    default:
        break;
    }
    if (!inline_ok(n->x) || !inline_ok(n->y) || !inline_ok(n->z) || !inline_ok(n->w))
        return 0;
    for (int i = 0; i < n->list.n; i++)
        if (!inline_ok(n->list.v[i]))
            return 0;
    for (int i = 0; i < n->list2.n; i++)
        if (!inline_ok(n->list2.v[i]))
            return 0;
    return 1;
}

static Node *inlinable_defer(Node *d)
{
    Node *call = unparen(d->x), *lit = unparen(call->x);
    if (lit->kind != N_FUNCLIT || call->list.n || lit->x->list.n || lit->x->list2.n)
        return NULL;
    return inline_ok(lit->y) ? lit : NULL;
}

/* Chooses each defer's strategy and reserves the registers it needs. */
static void plan_defers(FS *fs, Node *body)
{
    CG *cg = fs->cg;
    PtrVec ds = {0};
    scan_defers(body, has_labels(body), &ds);
    int all_once = ds.n > 0 && ds.n <= 8;
    for (int i = 0; i < ds.n; i++)
        if (!(((Node *)ds.v[i])->flags & NF_DEFER_ONCE))
            all_once = 0;
    if (all_once) {
        fs->nopen = ds.n;
        fs->open_nodes = arena_alloc(cg->arena, sizeof(Node *) * (size_t)ds.n);
        fs->open_slots = arena_alloc(cg->arena, sizeof(int) * (size_t)ds.n);
        fs->open_argw = arena_alloc(cg->arena, sizeof(int64_t) * (size_t)ds.n);
        fs->open_inline = arena_alloc(cg->arena, sizeof(Node *) * (size_t)ds.n);
        fs->open_top = arena_alloc(cg->arena, (size_t)ds.n);
        fs->open_done = arena_alloc(cg->arena, (size_t)ds.n);
        fs->open_bits = reserve(fs, 1);
        ABC(ZERO, fs->open_bits, 0, 1);
        OpenDefer *od = arena_alloc(cg->arena, sizeof(OpenDefer) * (size_t)ds.n);
        for (int i = 0; i < ds.n; i++) {
            Node *d = ds.v[i];
            fs->open_nodes[i] = d;
            fs->open_inline[i] = inlinable_defer(d);
            for (int k = 0; k < body->list.n; k++)
                if (body->list.v[k] == d)
                    fs->open_top[i] = 1;
            fs->open_argw[i] = defer_argw(unparen(d->x));
            fs->open_slots[i] = reserve(fs, 1 + fs->open_argw[i]);
            od[i].slot = fs->open_slots[i];
            od[i].nargs = (int)fs->open_argw[i];
        }
        fs->f->open = od;
        fs->f->nopen = ds.n;
        fs->f->openbits = fs->open_bits;
    } else {
        int n = 0;
        fs->defer_frame_slots = arena_alloc(cg->arena, sizeof(int) * (size_t)(ds.n + 1));
        for (int i = 0; i < ds.n; i++) {
            Node *d = ds.v[i];
            if (d->flags & NF_DEFER_ONCE)
                fs->defer_frame_slots[n++] = reserve(fs, 4 + defer_argw(unparen(d->x)));
        }
    }
    free(ds.v);
}

/* defer f(args): the function value and the arguments are evaluated now
 * (a method call's receiver too: it becomes a method value). Three
 * strategies, as Go's compiler has (docs/architecture.md):
 *   open-coded — every defer of the function runs at most once and there
 *     are at most 8: the closure and arguments stay in registers reserved
 *     for that defer, a bit in the frame's bitmask says it is pending, and
 *     each return runs the pending ones inline;
 *   frame-allocated — a defer that runs at most once in a function that
 *     cannot be open-coded: the record lives in the frame's registers, linked
 *     on the goroutine's defer chain (moved with the stack);
 *   heap — a defer in a loop: a heap record per execution. */
static void defer_stmt(FS *fs, Node *s)
{
    Node *call = unparen(s->x);
    int mark = fs->freereg;
    Node *bf = unparen(call->x);
    int64_t argw = defer_argw(call);
    int base;
    int open = -1;
    for (int i = 0; fs->open_nodes && i < fs->nopen; i++)
        if (fs->open_nodes[i] == s)
            open = i;
    int rec = -1;
    if (open >= 0) {
        base = fs->open_slots[open];
    } else {
        if (s->flags & NF_DEFER_ONCE)
            rec = fs->defer_frame_slots[fs->nframe_defers++];
        base = reserve(fs, 1 + argw);
    }
    if (is_builtin_call(call)) {
        builtin_defer(fs, call, base);
    } else {
        Type *sig = U(bf->type);
        expr_to(fs, call->x, base);
        if (open >= 0 && argw == 0 && fs->open_inline[open] && fs->ncode > 0 &&
            GET_OP(fs->code[fs->ncode - 1]) == OP_FUNCVAL &&
            GET_A(fs->code[fs->ncode - 1]) == base) {
            /* a capture-free literal: its closure is a constant the panic walk reads
             * from the function's metadata, so the slot need not be written */
            OpenDefer *od = (OpenDefer *)fs->f->open;
            od[open].fn = ((Func *)fs->k[GET_Bx(fs->code[fs->ncode - 1])])->static_closure;
            fs->ncode--;
        }
        call_args(fs, call, sig, base + 1);
    }
    if (open >= 0) {
        ABC(ORI, fs->open_bits, fs->open_bits, (uint64_t)((int64_t)1 << open));
        if (fs->open_top[open])
            fs->open_done[open] = 1;
    } else if (rec >= 0) {
        ABC(DEFERF, base, argw, rec);
    } else {
        ABC(DEFER, base, argw, 0);
    }
    fs->freereg = mark;
}

/* go f(x): the function value and arguments are evaluated here, as for a
 * heap defer record, and the new goroutine starts with them. */
static void go_stmt(FS *fs, Node *s)
{
    Node *call = unparen(s->x);
    int mark = fs->freereg;
    int64_t argw = defer_argw(call);
    int base = reserve(fs, 1 + argw);
    if (is_builtin_call(call)) {
        builtin_defer(fs, call, base);
    } else {
        expr_to(fs, call->x, base);
        call_args(fs, call, U(unparen(call->x)->type), base + 1);
    }
    set_line(fs, s);
    ABC(GO, base, argw, 0);
    fs->freereg = mark;
}

static void send_stmt(FS *fs, Node *s)
{
    int mark = fs->freereg;
    Type *et = U(etype(s->x))->elem;
    int c = expr(fs, s->x, -1);
    int v = expr_as(fs, s->y, et, -1);
    set_line(fs, s);
    ABC(CHANSEND, c, v, 0);
    fs->freereg = mark;
}

/* The receive of a select case: the <-c expression, and the assignment
 * around it if any. */
static Node *comm_recv(Node *comm, Node **assign)
{
    *assign = NULL;
    if (comm->kind == N_EXPRSTMT)
        return unparen(comm->x);
    if (comm->kind == N_ASSIGN) {
        *assign = comm;
        return unparen(comm->list2.v[0]);
    }
    return NULL;
}

/* select: every channel operand and send value is evaluated in source
 * order into registers; SELECT (runtime/select.c) picks a case and leaves
 * its index; each case's body starts by assigning what it received. A
 * single case without default is the plain channel operation, as in go. */
static void select_stmt(FS *fs, Node *s)
{
    int mark = fs->freereg;
    Node *label = fs->pending_label;
    fs->pending_label = NULL;
    int ncl = s->list.n, ncases = 0, def = -1;
    for (int i = 0; i < ncl; i++) {
        if (s->list.v[i]->x)
            ncases++;
        else
            def = i;
    }
    if (ncases == 1 && def < 0) {
        Node *c = s->list.v[0];
        fs->pending_label = label;
        Loop lp;
        push_loop(fs, &lp, 0);
        stmt(fs, c->x);
        int m2 = fs->freereg;
        stmt_list(fs, &c->list2);
        fs->freereg = m2;
        pop_loop(fs, &lp, here(fs), here(fs));
        fs->freereg = mark;
        return;
    }
    SelectInfo *si = arena_alloc(fs->cg->arena, sizeof(SelectInfo) + (size_t)ncases * sizeof(SelectCase));
    si->ncases = ncases;
    si->hasdefault = def >= 0;
    si->line = s->pos.line;
    int *clause_of = xcalloc((size_t)ncases + 1, sizeof(int));
    int k = 0;
    for (int i = 0; i < ncl; i++) {
        Node *comm = s->list.v[i]->x;
        if (!comm)
            continue;
        SelectCase *sc = &si->cases[k];
        clause_of[k++] = i;
        if (comm->kind == N_SEND) {
            Type *et = U(etype(comm->x))->elem;
            sc->send = 1;
            sc->chanreg = reserve(fs, 1);
            expr_to(fs, comm->x, sc->chanreg);
            sc->valreg = reserve(fs, words_of(et));
            expr_as_to(fs, comm->y, et, sc->valreg);
            sc->okreg = -1;
        } else {
            Node *as;
            Node *rx = comm_recv(comm, &as);
            Type *et = U(etype(rx->x))->elem;
            sc->chanreg = reserve(fs, 1);
            expr_to(fs, rx->x, sc->chanreg);
            sc->words = (int)words_of(et);
            sc->valreg = reserve(fs, sc->words + 1);
            sc->okreg = sc->valreg + sc->words;
        }
    }
    int res = reserve(fs, 1);
    set_line(fs, s);
    ABx(SELECT, res, kconst(fs, (uint64_t)si));
    fs->pending_label = label;
    Loop lp;
    push_loop(fs, &lp, 0);
    for (k = 0; k <= ncases; k++) {
        if (k == ncases && def < 0)
            break;
        Node *cl = s->list.v[k == ncases ? def : clause_of[k]];
        int skip = emit(fs, MK_ABC(OP_JNEI, res, k, 0));
        int m2 = fs->freereg;
        if (k < ncases && !si->cases[k].send) {
            Node *as;
            Node *rx = comm_recv(cl->x, &as);
            SelectCase *sc = &si->cases[k];
            Type *et = U(etype(rx->x))->elem;
            if (sc->words == 1)
                normalise(fs, et, sc->valreg);
            for (int j = 0; as && j < as->list.n; j++) {
                Node *lhs = as->list.v[j];
                Type *vt = j == 0 ? et : T_bool;
                int r = j == 0 ? sc->valreg : sc->okreg;
                if (unparen(lhs)->kind == N_IDENT && unparen(lhs)->name[0] == '_' && unparen(lhs)->name[1] == 0)
                    continue;
                if (as->op == TK_DEFINE) {
                    Object *o = unparen(lhs)->obj;
                    if (!o)
                        continue;
                    declare_local(fs, o, 0);
                    int v = r;
                    if (needs_iconv(vt, o->type)) {
                        v = reserve(fs, 2);
                        box(fs, vt, o->type, r, v);
                    }
                    store(fs, var_loc(fs, o), o->type, v);
                } else {
                    assign_to(fs, lhs, vt, r);
                }
            }
        }
        stmt_list(fs, &cl->list2);
        fs->freereg = m2;
        vec_push(&lp.breaks, (void *)(intptr_t)jump(fs));
        patch_here(fs, skip);
    }
    pop_loop(fs, &lp, here(fs), here(fs));
    free(clause_of);
    fs->freereg = mark;
}

/* At a return: the pending open-coded defers, newest first. */
static void run_open_defers(FS *fs)
{
    int mark = fs->freereg;
    for (int i = fs->nopen - 1; i >= 0; i--) {
        /* a top-level defer already passed is pending at this return (no
         * labels, so no goto around it; recovery resumes at the end, where
         * the test stays) */
        int known = fs->open_done[i] && !fs->at_function_end;
        int skip = known ? -1 : emit(fs, MK_ABC(OP_JNBIT, fs->open_bits, i, 0));
        ABC(ANDI, fs->open_bits, fs->open_bits, (uint64_t)~((int64_t)1 << i));
        int64_t argw = fs->open_argw[i];
        Node *lit = fs->open_inline[i];
        if (lit && !fs->alt_owner) {
            /* the deferred literal's body, here: go inlines it too; a panic
             * runs the closure in the slot instead */
            int line = fs->line;
            Node *saved_label = fs->pending_label;
            fs->alt_owner = lit->y;
            block(fs, lit->y);
            fs->alt_owner = NULL;
            fs->pending_label = saved_label;
            fs->line = line;
        } else {
            int top = reserve(fs, 3 + argw);
            ABC(MOVE, top, fs->open_slots[i], 0);
            if (argw)
                ABC(MOVEN, top + 3, fs->open_slots[i] + 1, argw);
            ABC(CALL, top, argw, 0);
        }
        if (skip >= 0)
            patch_here(fs, skip);
        fs->freereg = mark;
    }
}

static void stmt(FS *fs, Node *s)
{
    if (!s)
        return;
    set_line(fs, s);
    int mark = fs->freereg;
    switch (s->kind) {
    case N_EMPTY:
        return;
    case N_EXPRSTMT:
        expr(fs, s->x, -1);
        fs->freereg = mark;
        return;
    case N_ASSIGN:
        assign_stmt(fs, s);
        return;
    case N_INCDEC:
        incdec(fs, s);
        return;
    case N_DECLSTMT:
        decl_stmt(fs, s->x);
        return;
    case N_BLOCK:
        block(fs, s);
        return;
    case N_IF:
        if_stmt(fs, s);
        return;
    case N_FOR:
        for_stmt(fs, s);
        return;
    case N_RANGE:
        range_stmt(fs, s);
        return;
    case N_SWITCH:
        switch_stmt(fs, s);
        return;
    case N_TYPESWITCH:
        type_switch_stmt(fs, s);
        return;
    case N_RETURN:
        return_stmt(fs, s);
        return;
    case N_BRANCH:
        branch(fs, s);
        return;
    case N_LABELED: {
        LabelInfo *li = label_info(fs, s->x->name);
        li->pc = here(fs);
        patch_list(fs, &li->pending, li->pc);
        fs->pending_label = s->x;
        stmt(fs, s->y);
        fs->pending_label = NULL;
        return;
    }
    case N_GO:
        go_stmt(fs, s);
        return;
    case N_DEFER:
        defer_stmt(fs, s);
        return;
    case N_SELECT:
        select_stmt(fs, s);
        return;
    case N_SEND:
        send_stmt(fs, s);
        return;
    default:
        not_yet(fs, s, "statement not implemented");
    }
}

static void stmt_list(FS *fs, NodeList *l)
{
    for (int i = 0; i < l->n; i++)
        stmt(fs, l->v[i]);
}

/* ------------------------------------------------------------------ */
/* functions */

static void fs_init(FS *fs, CG *cg, FS *outer, Func *f, Node *owner)
{
    memset(fs, 0, sizeof *fs);
    fs->cg = cg;
    fs->outer = outer;
    fs->f = f;
    fs->owner = owner;
    fs->line = f->line;
}

static void fs_finish(FS *fs)
{
    Func *f = fs->f;
    f->code = fs->code;
    f->lines = fs->lines;
    f->ncode = fs->ncode;
    f->k = fs->k;
    f->nk = fs->nk;
    f->nregs = fs->maxreg + 4;
    if (fs->region) {
        fs->code[fs->region_pc] = MK_ABx(OP_RENTER, fs->region - 1, (uint64_t)fs->region_size);
        f->region_reg = fs->region;
    }
    for (int i = 0; i < fs->labels.n; i++) {
        LabelInfo *li = fs->labels.v[i];
        free(li->pending.v);
        free(li);
    }
    free(fs->labels.v);
    vec_push(&fs->cg->prog->funcs, f);
}

/* Declares the parameters of a function (receiver first) at R[0..]. */
static void params(FS *fs, Node *recv, Node *ftype)
{
    Node *groups[2] = {recv, NULL};
    int64_t off = 0;
    PtrVec boxed = {0};
    for (int g = 0; g < 2; g++) {
        NodeList single = {0};
        NodeList *fields;
        if (g == 0) {
            if (!recv)
                continue;
            single.v = &groups[0];
            single.n = 1;
            fields = &single;
        } else {
            fields = &ftype->list;
        }
        for (int i = 0; i < fields->n; i++) {
            Node *fld = fields->v[i];
            Type *t = NULL;
            if (fld->list.n == 0) {
                /* unnamed parameter: its type from the node */
                t = fld->x->type;
                if (!t && fld->x->kind == N_ELLIPSIS)
                    t = NULL;
                off += t ? words_of(t) : 1;
                continue;
            }
            for (int k = 0; k < fld->list.n; k++) {
                Object *o = fld->list.v[k]->obj;
                t = o ? o->type : NULL;
                int64_t w = t ? words_of(t) : 1;
                if (o) {
                    o->cg_owner = fs->owner;
                    o->cg_reg = (int)off;
                    if (o->cg_boxed)
                        vec_push(&boxed, o);
                }
                off += w;
            }
        }
    }
    fs->freereg = fs->maxreg = (int)off;
    fs->f->nparams = (int)off;
    if (fs->wants_region) {
        int r = reserve(fs, 2);
        fs->region = r + 1;
        fs->region_pc = fs->ncode;
        ABx(RENTER, r, 0);      /* the size is patched in fs_finish */
    }
    /* move boxed parameters into their cells */
    for (int i = 0; i < boxed.n; i++) {
        Object *o = boxed.v[i];
        int from = o->cg_reg;
        int box_reg = reserve(fs, 1);
        if (!stays_in_frame(fs, o) || !region_alloc(fs, box_reg, type_size(o->type)))
            ABx(NEW, box_reg, kconst(fs, (uint64_t)cg_rtype(fs->cg, o->type)));
        store(fs, (Loc){L_PTR, box_reg, 0}, o->type, from);
        o->cg_reg = box_reg;
    }
    free(boxed.v);
}


static Func *compile_function(CG *cg, FS *outer, const char *name, Node *ftype, Node *recv, Node *body,
                              Type *sig, int line, PtrVec *upvals_out)
{
    Func *f = arena_alloc(cg->arena, sizeof *f);
    f->name = name;
    f->file = cg->file;
    f->prog = cg->prog;
    f->line = line;
    Closure *cl = arena_alloc(cg->arena, sizeof(Closure));
    cl->fn = f;
    f->static_closure = cl;
    FS fs_, *fs = &fs_;
    fs_init(fs, cg, outer, f, body);
    fs->sig = U(sig);
    esc_walk(recv, body);
    esc_walk(ftype, body);
    esc_walk(body, body);
    fs->wants_region = region_scan(body, body) || region_scan(recv, body) || region_scan(ftype, body);
    params(fs, recv, ftype);
    /* named results */
    for (int i = 0; i < ftype->list2.n; i++) {
        Node *fld = ftype->list2.v[i];
        if (!fld->list.n) {
            vec_push(&fs->results, NULL);
            continue;
        }
        for (int k = 0; k < fld->list.n; k++) {
            Object *o = fld->list.v[k]->obj;
            if (o)
                o->cg_owner = body;
            declare_local(fs, o, 1);
            vec_push(&fs->results, o);
        }
    }
    f->nresults = (int)sig_words(fs->sig->results);
    fs->has_defer = has_defer_stmt(body);
    int nres = fs->sig->results ? fs->sig->results->nfields : 0;
    fs->in_prologue = 1;
    if (fs->has_defer && nres) {
        /* every result gets a variable; unnamed ones a hidden one */
        fs->res_objs = arena_alloc(cg->arena, sizeof(Object *) * (size_t)nres);
        for (int i = 0; i < nres; i++) {
            Object *o = i < fs->results.n ? fs->results.v[i] : NULL;
            if (!o) {
                o = object_new(cg->arena, OBJ_VAR, "~r", (Pos){line, 0}, fs->sig->results->fields[i].type);
                declare_local(fs, o, 1);
            }
            fs->res_objs[i] = o;
        }
    }
    if (fs->has_defer)
        plan_defers(fs, body);
    fs->in_prologue = 0;
    stmt_list(fs, &body->list);
    if (fs->has_defer) {
        /* the epilogue: deferred calls, then the result variables' values */
        /* falling off the end (the closing brace's line), and where a
         * recovered panic resumes */
        if (body->pos2.line)
            fs->line = body->pos2.line;
        f->deferreturn = here(fs);
        if (fs->nopen) {
            fs->at_function_end = 1;
            run_open_defers(fs);
            fs->at_function_end = 0;
        } else {
            ABC(DEFERRETURN, 0, 0, 0);
            ABx(JMP, 0, (uint64_t)-2);
        }
        f->deferreturn_end = here(fs);
        free(fs->ret_jumps.v);
        return_results(fs);
    }
    fs->line = body->pos2.line ? body->pos2.line : fs->line;
    if (!fs->sig->results || fs->sig->results->nfields == 0)
        ret(fs, 0, 0);
    else
        emit(fs, MK_ABx(OP_PANICMSG, 0, PM_UNREACHABLE_RETURN));
    for (int i = 0; i < fs->labels.n; i++) {
        LabelInfo *li = fs->labels.v[i];
        if (li->pending.n)
            patch_list(fs, &li->pending, li->pc);
    }
    f->nupvals = fs->upvals.n;
    if (upvals_out)
        *upvals_out = fs->upvals;
    else
        free(fs->upvals.v);
    free(fs->results.v);
    fs_finish(fs);
    return f;
}

static void compile_job(CG *cg, FuncJob *job)
{
    Func *f = job->f;
    Node *d = job->decl;
    check_lazy_body(cg->c, job->obj);   /* a standard function's body: parsed and checked now */
    const char *file = cg->file;
    if (job->obj->pkg && job->obj->pkg->is_std)
        cg->file = "$GOROOT/src";   /* its closures and wrappers too */
    Func *nf = compile_function(cg, NULL, f->name, d->z, d->x, d->w, job->obj->type, d->pos.line, NULL);
    cg->file = file;
    /* keep the identity of the Func already referenced by callers */
    const char *ffile = f->file;
    Closure *cl = f->static_closure;
    *f = *nf;
    f->file = ffile;
    f->static_closure = cl;
    cl->fn = f;
    for (int i = 0; i < cg->prog->funcs.n; i++)
        if (cg->prog->funcs.v[i] == nf)
            cg->prog->funcs.v[i] = f;
}

/* The entry of a method promoted from an embedded interface field: load
 * the interface, call through its itab. */
static Closure *iface_promoted_ifn(CG *cg, Type *t, Selection *sel, int tptr)
{
    for (int i = 0; i < cg->wrappers.n; i++) {
        Wrapper *w = cg->wrappers.v[i];
        if (!w->bound && !w->method && w->name == sel->method->name && types_identical(w->type, t))
            return w->cl;
    }
    Func *f = arena_alloc(cg->arena, sizeof *f);
    f->name = "";
    f->file = cg->file;
    f->prog = cg->prog;
    Type *sig = sel->method->sig;
    int64_t argw = sig_words(sig->params), resw = sig_words(sig->results);
    f->nparams = (int)(1 + argw);
    f->nresults = (int)resw;
    FS fs_, *fs = &fs_;
    fs_init(fs, cg, NULL, f, NULL);
    fs->freereg = fs->maxreg = (int)(1 + argw);
    Type *cur = tptr ? U(t)->elem : t;
    Loc l = select_field(fs, (Loc){L_PTR, 0, 0}, cur, sel, sel->npath);
    Type *it = field_type_at(cur, sel);
    int iv = load(fs, l, it, reserve(fs, 2));
    int base = reserve(fs, 4 + (argw + 1 > resw ? argw + 1 : resw));
    if (argw)
        ABC(MOVEN, base + 4, 1, argw);
    mark_called(cg, sel->method->name);
    ABC(IMETH, base, iv, iface_method_index(U(it), sel->method->name));
    ABC(CALL, base, argw + 1, 0);
    ABC(RET, base + 3, resw, 0);
    fs_finish(fs);
    Wrapper *w = arena_alloc(cg->arena, sizeof *w);
    w->type = t;
    w->name = sel->method->name;
    w->cl = arena_alloc(cg->arena, sizeof(Closure));
    w->cl->fn = f;
    vec_push(&cg->wrappers, w);
    return w->cl;
}

/* The one-word-receiver entry of a method for itabs, method tables and
 * method values. t is the type whose method set holds sel. */
Closure *cg_method_ifn(CG *cg, Type *t, Selection *sel)
{
    Object *mobj = sel->method->func;
    int tptr = U(t)->kind == TY_POINTER && t->kind != TY_NAMED;
    if (!mobj)
        return iface_promoted_ifn(cg, t, sel, tptr);
    cg->deferring = cg->table_entry && !name_called(cg, mobj->name);
    Func *target = cg_func_of(cg, mobj);
    cg->deferring = 0;
    if (sel->npath == 0) {
        if (tptr && sel->method->ptr_recv)
            return target->static_closure;
        if (!tptr && cg_is_direct(t) && !sel->method->ptr_recv)
            return target->static_closure;
    }
    for (int i = 0; i < cg->wrappers.n; i++) {
        Wrapper *w = cg->wrappers.v[i];
        if (!w->bound && w->method == mobj && types_identical(w->type, t))
            return w->cl;
    }
    Func *f = arena_alloc(cg->arena, sizeof *f);
    f->name = "";
    f->file = cg->file;
    f->prog = cg->prog;
    f->line = mobj->pos.line;
    Type *sig = sel->method->sig;
    int64_t argw = sig_words(sig->params), resw = sig_words(sig->results);
    f->nparams = (int)(1 + argw);
    f->nresults = (int)resw;
    FS fs;
    fs_init(&fs, cg, NULL, f, NULL);
    fs.line = 0;
    fs.freereg = fs.maxreg = (int)(1 + argw);
    /* R[0] points at the T value (or is the *T) */
    Type *cur = tptr ? U(t)->elem : t;
    if (tptr && !sel->method->ptr_recv && sel->npath == 0 && sel->recv_named && sel->recv_named->obj) {
        /* a value method through a nil *T: go's panicwrap message */
        Object *to = sel->recv_named->obj;
        const char *pk = to->pkg ? to->pkg->name : "main";
        char *msg = xasprintf("value method %s.%s.%s called using nil *%s pointer", pk, to->name, mobj->name, to->name);
        const char *m = arena_strndup(cg->arena, msg, strlen(msg));
        free(msg);
        int k = kconst(&fs, (uint64_t)m);
        emit(&fs, MK_ABC(OP_JNEI, 0, 0, 1));
        emit(&fs, MK_ABx(OP_PANICMSG, k, PM_PANICWRAP));
    }
    Loc l = {L_PTR, 0, 0};
    for (int i = 0; i < sel->npath; i++) {
        Type *u = U(cur);
        type_size(u);
        Field *fl = &u->fields[sel->path[i]];
        l.off += fl->offset;
        cur = fl->type;
        if (U(cur)->kind == TY_POINTER && i + 1 <= sel->npath) {
            int p = load(&fs, l, cur, -1);
            l = (Loc){L_PTR, p, 0};
            cur = U(cur)->elem;
        }
    }
    Type *rt = sel->method->ptr_recv ? NULL : sel->recv_named;
    int64_t rw = rt ? words_of(rt) : 1;
    int base = reserve(&fs, 3 + (argw + rw > resw ? argw + rw : resw));
    if (sel->method->ptr_recv)
        loc_addr(&fs, l, base + 3);
    else
        load(&fs, l, rt, base + 3);
    if (argw)
        emit(&fs, MK_ABC(OP_MOVEN, base + 3 + rw, 1, argw));
    if (target->native)
        emit(&fs, MK_ABx(OP_CALLN, base, (uint64_t)kconst(&fs, (uint64_t)target)));
    else
        emit(&fs, MK_ABx(OP_CALLF, base, (uint64_t)kconst(&fs, (uint64_t)target)));
    emit(&fs, MK_ABC(OP_RET, base + 3, resw, 0));
    fs_finish(&fs);
    Wrapper *w = arena_alloc(cg->arena, sizeof *w);
    w->type = t;
    w->name = mobj->name;
    w->method = mobj;
    w->cl = arena_alloc(cg->arena, sizeof(Closure));
    w->cl->fn = f;
    vec_push(&cg->wrappers, w);
    return w->cl;
}

/* ------------------------------------------------------------------ */
/* the program */

static void init_package_vars(FS *fs, PtrVec *order)
{
    PtrVec done = {0};
    for (int i = 0; i < order->n; i++) {
        Object *o = order->v[i];
        if (!o->init)
            continue;
        int seen = 0;
        for (int k = 0; k < done.n; k++)
            if (done.v[k] == o->init)
                seen = 1;
        if (seen)
            continue;
        vec_push(&done, o->init);
        set_line(fs, o->init);
        int mark = fs->freereg;
        Node *spec = o->decl;
        Node *init = o->init;
        Node *ui = unparen(init);
        int commaok = spec && spec->kind == N_VALUESPEC && spec->list.n == 2 && spec->list2.n == 1 &&
                      (ui->kind == N_TYPEASSERT || (ui->kind == N_INDEX && U(etype(ui->x))->kind == TY_MAP));
        if (commaok) {
            /* var v, ok = m[k] / x.(T) */
            Type *vt = ui->kind == N_TYPEASSERT ? ui->y->type : U(etype(ui->x))->elem;
            int r = ui->kind == N_TYPEASSERT ? type_assert(fs, ui, -1, 1) : map_get(fs, ui, -1, 1);
            for (int k = 0; k < 2; k++) {
                Object *vo = spec->list.v[k]->obj;
                Type *ft = k == 0 ? vt : T_bool;
                int src = k == 0 ? r : r + (int)words_of(vt);
                if (!vo || (vo->name[0] == '_' && vo->name[1] == 0))
                    continue;
                if (needs_iconv(ft, vo->type)) {
                    int b = reserve(fs, 2);
                    box(fs, ft, vo->type, src, b);
                    src = b;
                }
                store(fs, var_loc(fs, vo), vo->type, src);
            }
        } else if (init->type && init->type->kind == TY_TUPLE && spec && spec->kind == N_VALUESPEC) {
            int r = call_expr(fs, init, -1, 0);
            int64_t off = 0;
            for (int k = 0; k < spec->list.n; k++) {
                Object *vo = spec->list.v[k]->obj;
                Type *vt = init->type->fields[k].type;
                if (vo && !(vo->name[0] == '_' && vo->name[1] == 0))
                    store(fs, var_loc(fs, vo), vo->type, r + (int)off);
                off += words_of(vt);
            }
        } else if (ui->kind == N_COMPOSITE && !(o->name[0] == '_' && o->name[1] == 0) &&
                   (U(o->type)->kind == TY_ARRAY || U(o->type)->kind == TY_STRUCT) &&
                   types_identical(U(etype(ui)), U(o->type))) {
            /* built in place: the globals block starts zeroed */
            composite_into(fs, ui, var_loc(fs, o), o->type);
        } else {
            int r = expr_as(fs, init, o->type, -1);
            if (!(o->name[0] == '_' && o->name[1] == 0))
                store(fs, var_loc(fs, o), o->type, r);
        }
        fs->freereg = mark;
    }
    free(done.v);
}

/* Depth-first, imports before importers. */
static void package_order(Package *p, PtrVec *out)
{
    for (int i = 0; i < out->n; i++)
        if (out->v[i] == p)
            return;
    for (int i = 0; i < p->imports.n; i++)
        package_order(p->imports.v[i], out);
    for (int i = 0; i < out->n; i++)
        if (out->v[i] == p)
            return;
    vec_push(out, p);
}

/* A package's init functions, in source order, after its variables. */
/* A package's init functions, in source order, after its variables; those
 * an earlier entry called (cg_inited) are skipped, the others go to done, to
 * be marked once the entry is final. */
static void call_inits(FS *fs, Checker *c, Package *p, PtrVec *done)
{
    int n = 0;
    for (int i = 0; i < c->pkg_inits.n; i++) {
        Object *o = c->pkg_inits.v[i];
        if (o->pkg != p)
            continue;
        char *nm = xasprintf("%s.init.%d", p->is_std ? p->path : "main", n++);
        if (o->cg_inited) {
            free(nm);
            continue;
        }
        vec_push(done, o);
        Func *f = cg_func_of(fs->cg, o);
        f->name = arena_strndup(fs->cg->arena, nm, strlen(nm));
        free(nm);
        int base = reserve(fs, 3);
        ABx(CALLF, base, kconst(fs, (uint64_t)f));
        fs->freereg = base;
    }
}

/* The standard packages' initialization an entry runs: variables not yet
 * initialized (all of them for the program's entry; for a REPL entry those
 * it resolved since), then init functions not yet called. */
static void init_std_packages(FS *fs, Package *main, PtrVec *order, PtrVec *done)
{
    Checker *c = fs->cg->c;
    for (int i = 0; i < order->n; i++) {
        Package *p = order->v[i];
        if (p == main)
            continue;
        PtrVec fresh = {0};
        for (int k = 0; k < p->init_order.n; k++) {
            Object *o = p->init_order.v[k];
            if (!o->cg_inited) {
                vec_push(&fresh, o);
                vec_push(done, o);
            }
        }
        init_package_vars(fs, &fresh);
        free(fresh.v);
        call_inits(fs, c, p, done);
    }
}

/* Generates an entry function's code. */
typedef void GenEntry(FS *fs, Package *main, PtrVec *order, PtrVec *done, void *arg);

/* The program's entry: the packages' variables and init functions in
 * order, then main.main. */
static void gen_program_entry(FS *fs, Package *main, PtrVec *order, PtrVec *done, void *arg)
{
    Checker *c = fs->cg->c;
    (void)arg;
    init_std_packages(fs, main, order, done);
    init_package_vars(fs, &c->init_order);
    call_inits(fs, c, main, done);
    Object *mainobj = scope_lookup_local(main->scope, intern_cstr(c->in, "main"));
    if (mainobj && mainobj->kind == OBJ_FUNC) {
        Func *mf = cg_func_of(fs->cg, mainobj);
        int base = reserve(fs, 3);
        ABx(CALLF, base, kconst(fs, (uint64_t)mf));
    }
}

/* Makes an entry function with gen and compiles what it reaches. A standard
 * body compiled since may name a package variable that no declaration
 * checked so far used: the entry is then made again, with that variable in
 * its package's initialization order. */
static Func *build_entry(CG *cg, Package *main, const char *name, GenEntry *gen, void *arg)
{
    Checker *c = cg->c;
    Func *entry = arena_alloc(cg->arena, sizeof *entry);
    entry->file = cg->file;
    entry->prog = cg->prog;
    entry->static_closure = arena_alloc(cg->arena, sizeof(Closure));
    entry->static_closure->fn = entry;
    /* imported packages first, each after its own imports (go's package init order) */
    PtrVec order = {0}, done = {0};
    package_order(main, &order);
    for (;;) {
        for (int i = 0; i < order.n; i++) {
            Package *p = order.v[i];
            if (p->is_std)
                check_std_init_order(c, p);
        }
        done.n = 0;
        FS fs_, *fs = &fs_;
        fs_init(fs, cg, NULL, entry, NULL);
        Node fake_owner = {0};
        fs->owner = &fake_owner;
        fs->f->name = name;
        gen(fs, main, &order, &done, arg);
        ABC(RET, 0, 0, 0);
        fs->f->name = "";
        fs_finish(fs);
        for (; cg->done < cg->queue.n; cg->done++)
            compile_job(cg, cg->queue.v[cg->done]);
        int dirty = 0;
        for (int i = 0; i < order.n; i++)
            dirty |= ((Package *)order.v[i])->vars_dirty;
        if (!dirty)
            break;
        PtrVec *fv = &cg->prog->funcs;
        for (int i = 0; i < fv->n; i++)
            if (fv->v[i] == entry) {
                memmove(&fv->v[i], &fv->v[i + 1], (size_t)(fv->n - i - 1) * sizeof *fv->v);
                fv->n--;
                break;
            }
        free(entry->code);
        free(entry->lines);
        free(entry->k);
    }
    for (int i = 0; i < done.n; i++)
        ((Object *)done.v[i])->cg_inited = 1;
    free(done.v);
    free(order.v);
    return entry;
}

/* Methods of method tables no code can call yet get one instruction that
 * reports a golite bug if ever run. In a REPL session they stay pending: a
 * later entry may call them, and their code replaces that instruction. */
static void stub_pending(CG *cg, int session)
{
    static const Instr uncalled[1] = {MK_ABx(OP_PANICMSG, 0, PM_UNCOMPILED)};
    static const int32_t uncalled_line[1];
    for (int i = 0; i < cg->pending.n; i++) {
        FuncJob *job = cg->pending.v[i];
        if (!job || job->f->code)
            continue;
        if (!session)
            job->obj->cg_pending = NULL;
        job->f->code = (Instr *)uncalled;
        job->f->lines = (int32_t *)uncalled_line;
        job->f->ncode = 1;
        job->f->nregs = 4;
    }
}

static void cg_setup(CG *cg, Checker *c, Diag *diag, const char *file)
{
    memset(cg, 0, sizeof *cg);
    cg->c = c;
    cg->arena = c->arena;
    cg->diag = diag;
    cg->file = file;
    cg->prog = xcalloc(1, sizeof(Program));
    cg->prog->file = file;
    T_int = basic_types[TY_INT];
    T_bool = basic_types[TY_BOOL];
    T_string = basic_types[TY_STRING];
    T_float64 = basic_types[TY_FLOAT64];
    T_any = type_new(c->arena, TY_INTERFACE);
    T_any->complete = 1;
    cg->prog->t_string = cg_rtype(cg, T_string);
    cg->eager_methods = getenv("GOLITE_EAGER_METHODS") != NULL;
}

static void cg_release(CG *cg)
{
    free(cg->pending.v);
    free(cg->called.v);
    free(cg->globals.v);
    free(cg->queue.v);
    free(cg->wrappers.v);
    free(cg->rtypes.v);
}

Program *codegen_program(Checker *c, Package *main, Diag *diag, const char *file)
{
    CG cg;
    cg_setup(&cg, c, diag, file);
    cg.prog->entry = build_entry(&cg, main, "main.init", gen_program_entry, NULL);
    stub_pending(&cg, 0);
    cg.prog->globals_size = cg.globals_size;
    cg.prog->globals = xcalloc(1, (size_t)cg.globals_size + 8);
    /* the collector scans the package variables' pointer words only */
    uint8_t *gmask = xcalloc(1, (size_t)cg.globals_size / 64 + 1);
    for (int i = 0; i < cg.globals.n; i++) {
        Object *o = cg.globals.v[i];
        cg_mark_pointers(gmask, o->type, o->cg_goff - 1);
    }
    cg.prog->globals_ptrmask = gmask;
    cg_release(&cg);
    if (cg.errors) {
        codegen_free(cg.prog);
        return NULL;
    }
    return cg.prog;
}

/* A REPL session's package variables: one reservation that never moves
 * (compiled code and pointers hold their addresses), its pages and mask
 * bits used as entries declare variables. */
#define SESSION_GLOBALS ((size_t)1 << 30)

/* New package variables' pointer words into the mask, then the size the
 * collector scans (it reads the size at a cycle's start). */
static int publish_globals(CG *cg)
{
    if ((size_t)cg->globals_size + 8 > SESSION_GLOBALS) {
        cg_error(cg, (Pos){0, 0}, "too many package variables in this session (1 GB)");
        return 0;
    }
    uint8_t *gmask = (uint8_t *)cg->prog->globals_ptrmask;
    for (; cg->published < cg->globals.n; cg->published++) {
        Object *o = cg->globals.v[cg->published];
        cg_mark_pointers(gmask, o->type, o->cg_goff - 1);
    }
    __atomic_store_n(&cg->prog->globals_size, cg->globals_size, __ATOMIC_RELEASE);
    return 1;
}

CG *codegen_session(Checker *c, Package *main, Diag *diag, const char *file)
{
    CG *cg = xmalloc(sizeof *cg);
    cg_setup(cg, c, diag, file);
    cg->session = 1;
    void *g = mmap(NULL, SESSION_GLOBALS, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    void *m = mmap(NULL, SESSION_GLOBALS / 64, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (g == MAP_FAILED || m == MAP_FAILED) {
        cg_error(cg, (Pos){0, 0}, "cannot reserve the session's package variables");
        return NULL;
    }
    cg->prog->globals = g;
    cg->prog->globals_ptrmask = m;
    cg->prog->entry = build_entry(cg, main, "main.init", gen_program_entry, NULL);
    stub_pending(cg, 1);
    if (!publish_globals(cg) || cg->errors)
        return NULL;
    return cg;
}

Program *codegen_session_program(CG *cg)
{
    return cg->prog;
}

int cg_late_bound(Checker *c, Object *o)
{
    return c->repl_gen && o->kind == OBJ_FUNC && o->repl_gen && o->pkg && !o->pkg->is_std &&
           o->decl && o->decl->kind == N_FUNCDECL && !o->decl->x && !(o->decl->flags & NF_REPLSTEP);
}

/* A REPL entry: its functions' slots pointed at their code, then each
 * declaration of the entry in order — a variable declaration's
 * initialization, a statement's step function called. */
static void gen_repl_entry(FS *fs, Package *main, PtrVec *order, PtrVec *done, void *arg)
{
    void **a = arg;
    Node *file = a[0];
    PtrVec *vars = a[1];
    init_std_packages(fs, main, order, done);
    for (int i = 0; i < file->list.n; i++) {
        Node *d = file->list.v[i];
        Object *o = d->kind == N_FUNCDECL ? d->y->obj : NULL;
        if (!o || !cg_late_bound(fs->cg->c, o))
            continue;
        int mark = fs->freereg;
        int r = reserve(fs, 1);
        ABx(FUNCVAL, r, kconst(fs, (uint64_t)cg_func_of(fs->cg, o)));
        int slot = reserve(fs, 1);
        ABx(ADDRG, slot, global_offset(fs->cg, o));
        store(fs, (Loc){L_PTR, slot, 0}, o->type, r);
        fs->freereg = mark;
    }
    for (int i = 0; i < file->list.n; i++) {
        Node *d = file->list.v[i];
        if (d->kind == N_GENDECL && d->op == TK_VAR) {
            PtrVec mine = {0};
            for (int k = 0; k < vars->n; k++) {
                Object *o = vars->v[k];
                for (int j = 0; j < d->list.n; j++)
                    if (o->decl == d->list.v[j])
                        vec_push(&mine, o);
            }
            init_package_vars(fs, &mine);
            free(mine.v);
        } else if (d->kind == N_FUNCDECL && (d->flags & NF_REPLSTEP) && d->y->obj) {
            Func *f = cg_func_of(fs->cg, d->y->obj);
            int base = reserve(fs, 3);
            ABx(CALLF, base, kconst(fs, (uint64_t)f));
            fs->freereg = base;
        }
    }
}

Func *codegen_repl_func(CG *cg, Object *fn)
{
    Func *f = cg_func_of(cg, fn);
    for (; cg->done < cg->queue.n; cg->done++)
        compile_job(cg, cg->queue.v[cg->done]);
    stub_pending(cg, 1);
    publish_globals(cg);
    return f;
}

Func *codegen_repl_entry(CG *cg, Package *main, Node *file, PtrVec *vars)
{
    void *arg[2] = { file, vars };
    int errors = cg->errors;
    cg_refresh_methods(cg);
    /* a function declared again with the same signature takes over its
     * slot: code compiled before calls the new one */
    Checker *c = cg->c;
    for (int i = 0; i + 2 < c->repl_undo.n; i += 3) {
        Object *old = c->repl_undo.v[i + 1];
        if (c->repl_undo.v[i + 2] || c->repl_undo.v[i] != main->scope || old->kind != OBJ_FUNC || !old->cg_goff)
            continue;
        Object *now = scope_lookup_local(main->scope, old->name);
        if (now && now != old && cg_late_bound(c, now) && !now->cg_goff && types_identical(now->type, old->type))
            now->cg_goff = old->cg_goff;
    }
    Func *f = build_entry(cg, main, "main.entry", gen_repl_entry, arg);
    stub_pending(cg, 1);
    if (!publish_globals(cg) || cg->errors != errors)
        return NULL;
    return f;
}

void codegen_free(Program *p)
{
    if (!p)
        return;
    for (int i = 0; i < p->funcs.n; i++) {
        Func *f = p->funcs.v[i];
        free(f->code);
        free(f->lines);
        free(f->k);
    }
    free(p->funcs.v);
    free(p->globals);
    free((void *)p->globals_ptrmask);
    free(p);
}
