/*
 * flow.c — terminating statements and branch placement, from syntax alone.
 *
 * Terminating statements are a port of Go 1.19's types2/return.go. The
 * spec's list is small and purely syntactic except for one fact, whether a
 * call is the predeclared panic, which the checker answers (FlowPanicFn).
 * A loop or switch that a "break" leaves is not terminating; hasBreak
 * decides which breaks leave which statement: an unlabeled break belongs to
 * the innermost for/switch/select around it ("implicit"), a labeled one to
 * the statement carrying that label.
 *
 * Branch placement is a port of Go 1.19's syntax/branches.go, the check go
 * build really runs (types2's labels.go is switched off in the compiler).
 * One walk over a body's blocks keeps:
 *   - the table of all labels of the body, each declared once: a duplicate
 *     is reported and resolves to the first declaration;
 *   - per block, the gotos not yet resolved. A goto whose label is already
 *     declared in its block or an enclosing one is resolved at once; any
 *     other is a forward goto, resolved by the next declaration of its label
 *     in the same block, else handed to the enclosing block. Forward gotos
 *     left at the body level jump into a block or name no label.
 *   - per block, the last variable declaration and the forward gotos that
 *     were pending when it was seen: those jump over it if their label is
 *     declared later in this same block.
 * Blocks live on the C stack while they are walked. A label remembers its
 * block by id and start position, never by pointer: a finished block's
 * stack slot is reused by the next sibling, which must not look like the
 * label's block.
 *
 * Neither analysis descends into expressions: a function literal is a body
 * of its own, checked by its own call.
 */
#include "compiler/flow.h"

#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/mem.h"

/* ---------------------------------------------------------------------------
 * Terminating statements (types2 return.go)
 */

typedef struct Term {
    FlowPanicFn is_panic;
    void *ctx;
} Term;

static int is_labeled(const char *label)
{
    return label != NULL && label[0] != '\0';
}

static int has_break(const Node *s, const char *label, int implicit);

static int has_break_list(const NodeList *l, const char *label, int implicit)
{
    for (int i = 0; i < l->n; i++)
        if (has_break(l->v[i], label, implicit))
            return 1;
    return 0;
}

/* The bodies of a switch's CASE or a select's COMM clauses. */
static int has_break_clauses(const NodeList *clauses, const char *label, int implicit)
{
    for (int i = 0; i < clauses->n; i++)
        if (has_break_list(&clauses->v[i]->list2, label, implicit))
            return 1;
    return 0;
}

/* Whether s is or contains a break leaving the statement labeled label or,
 * if implicit, the innermost breakable statement around s. Inside a nested
 * for/switch/select an unlabeled break belongs to that statement, so only
 * the labeled search goes on there. */
static int has_break(const Node *s, const char *label, int implicit)
{
    switch (s->kind) {
    case N_LABELED:
        return has_break(s->y, label, implicit);
    case N_BRANCH:
        if (s->op != TK_BREAK)
            return 0;
        if (s->x == NULL)
            return implicit;
        return is_labeled(label) && strcmp(s->x->name, label) == 0;
    case N_BLOCK:
        return has_break_list(&s->list, label, implicit);
    case N_IF:
        return has_break(s->z, label, implicit) ||
               (s->w != NULL && has_break(s->w, label, implicit));
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        return is_labeled(label) && has_break_clauses(&s->list, label, 0);
    case N_FOR: case N_RANGE:
        return is_labeled(label) && has_break(s->w, label, 0);
    default:
        return 0;
    }
}

static int terminating(const Term *t, const Node *s, const char *label);

/* Trailing empty statements are permitted after the terminating one. */
static int terminating_list(const Term *t, const NodeList *l, const char *label)
{
    for (int i = l->n - 1; i >= 0; i--)
        if (l->v[i]->kind != N_EMPTY)
            return terminating(t, l->v[i], label);
    return 0;
}

/* Each clause must terminate without breaking out, and a default must
 * exist: without one, no clause may run at all. */
static int terminating_switch(const Term *t, const NodeList *clauses, const char *label)
{
    int has_default = 0;
    for (int i = 0; i < clauses->n; i++) {
        const Node *cc = clauses->v[i];
        if (cc->flags & NF_DEFAULT)
            has_default = 1;
        if (!terminating_list(t, &cc->list2, NULL) || has_break_list(&cc->list2, label, 1))
            return 0;
    }
    return has_default;
}

static int terminating_select(const Term *t, const NodeList *clauses, const char *label)
{
    for (int i = 0; i < clauses->n; i++) {
        const NodeList *body = &clauses->v[i]->list2;
        if (!terminating_list(t, body, NULL) || has_break_list(body, label, 1))
            return 0;
    }
    return 1;
}

static const Node *unparen(const Node *e)
{
    while (e->kind == N_PAREN)
        e = e->x;
    return e;
}

static int terminating(const Term *t, const Node *s, const char *label)
{
    const Node *e;

    switch (s->kind) {
    case N_LABELED:
        return terminating(t, s->y, s->x->name);
    case N_EXPRSTMT:
        e = unparen(s->x);
        return e->kind == N_CALL && t->is_panic != NULL && t->is_panic(t->ctx, e);
    case N_RETURN:
        return 1;
    case N_BRANCH:
        return s->op == TK_GOTO || s->op == TK_FALLTHROUGH;
    case N_BLOCK:
        return terminating_list(t, &s->list, NULL);
    case N_IF:
        return s->w != NULL && terminating(t, s->z, NULL) && terminating(t, s->w, NULL);
    case N_SWITCH: case N_TYPESWITCH:
        return terminating_switch(t, &s->list, label);
    case N_SELECT:
        return terminating_select(t, &s->list, label);
    case N_FOR:
        return s->y == NULL && !has_break(s->w, label, 1);
    default:
        /* Declarations, sends, assignments, go and defer never terminate,
         * nor does a range loop: it always ends (go issue 49003). */
        return 0;
    }
}

int flow_is_terminating(const Node *s, const char *label, FlowPanicFn is_panic, void *ctx)
{
    Term t = { is_panic, ctx };
    return terminating(&t, s, label);
}

int flow_body_terminates(const Node *body, FlowPanicFn is_panic, void *ctx)
{
    return flow_is_terminating(body, NULL, is_panic, ctx);
}

void flow_check_return(Diag *d, const Node *body, FlowPanicFn is_panic, void *ctx)
{
    if (!flow_body_terminates(body, is_panic, ctx))
        diag_error(d, body->pos2, "missing return");
}

/* ---------------------------------------------------------------------------
 * Branch placement (syntax branches.go)
 */

typedef struct Label {
    const Node *lstmt;          /* the N_LABELED declaring it */
    int block_id;               /* block holding the declaration */
    Pos block_start;
    int used;
} Label;

typedef struct Block {
    const struct Block *parent;
    int id;
    Pos start;
    const Node *lstmt;          /* labeled statement owning the block, or NULL */
} Block;

/* Where break and continue may go from the statements being walked. */
typedef struct Targets {
    const Node *breaks;         /* innermost for, range, switch or select, or NULL */
    const Node *continues;      /* innermost for or range, or NULL */
    int case_index;             /* the switch clause walked directly, or -1 */
} Targets;

typedef struct Branches {
    Diag *d;
    PtrVec labels;              /* Label*, in declaration order */
    int nblocks;
} Branches;

/* The block's walk state: gotos not yet resolved, and the last variable
 * declaration with the gotos that were pending when it was seen. */
typedef struct BlockWalk {
    Branches *br;
    Block *b;
    PtrVec fwd;                 /* const Node* N_BRANCH gotos */
    PtrVec bad;
    const Node *var_decl;       /* IDENT of a var spec, or N_ASSIGN :=, or NULL */
} BlockWalk;

/* enclosing_target's answer for a label that exists but owns no enclosing
 * statement. */
static const Node invalid_target;

static const char *label_name(const Node *lstmt)
{
    return lstmt->x->name;
}

static Label *find_label(Branches *br, const char *name)
{
    for (int i = 0; i < br->labels.n; i++) {
        Label *l = br->labels.v[i];
        if (strcmp(label_name(l->lstmt), name) == 0)
            return l;
    }
    return NULL;
}

/* "file:line:col", as go's syntax.Pos prints inside messages. */
static const char *pos_string(Diag *d, Pos pos, char *buf, size_t n)
{
    snprintf(buf, n, "%s:%d:%d", d->file, pos.line, pos.col);
    return buf;
}

/* Declares the label of s in block b; a duplicate is reported and the
 * first declaration returned instead. */
static Label *declare_label(Branches *br, const Block *b, const Node *s)
{
    Label *alt = find_label(br, label_name(s));
    if (alt != NULL) {
        char where[512];
        diag_error(br->d, s->x->pos, "label %s already defined at %s", label_name(s),
                   pos_string(br->d, alt->lstmt->x->pos, where, sizeof where));
        return alt;
    }
    Label *l = xcalloc(1, sizeof *l);
    l->lstmt = s;
    l->block_id = b->id;
    l->block_start = b->start;
    vec_push(&br->labels, l);
    return l;
}

/* The labeled statement a goto to name may jump to now: one declared in b or
 * an enclosing block. The label counts as used even if it is out of reach. */
static const Node *goto_target(Branches *br, const Block *b, const char *name)
{
    Label *l = find_label(br, name);
    if (l == NULL)
        return NULL;
    l->used = 1;
    for (; b != NULL; b = b->parent)
        if (b->id == l->block_id)
            return l->lstmt;
    return NULL;
}

/* The innermost enclosing statement labeled name, for break and continue:
 * NULL if no such label exists, &invalid_target if it labels no statement
 * around b. */
static const Node *enclosing_target(Branches *br, const Block *b, const char *name)
{
    Label *l = find_label(br, name);
    if (l == NULL)
        return NULL;
    l->used = 1;
    for (; b != NULL; b = b->parent)
        if (b->lstmt == l->lstmt)
            return l->lstmt;
    return &invalid_target;
}

static int is_loop(const Node *s)
{
    return s->kind == N_FOR || s->kind == N_RANGE;
}

static int is_breakable(const Node *s)
{
    return is_loop(s) || s->kind == N_SWITCH || s->kind == N_TYPESWITCH ||
           s->kind == N_SELECT;
}

static void record_var_decl(BlockWalk *w, const Node *decl)
{
    w->var_decl = decl;
    w->bad.n = 0;
    for (int i = 0; i < w->fwd.n; i++)
        vec_push(&w->bad, w->fwd.v[i]);
}

static int jumps_over_var_decl(const BlockWalk *w, const Node *jmp)
{
    if (w->var_decl == NULL)
        return 0;
    for (int i = 0; i < w->bad.n; i++)
        if (w->bad.v[i] == jmp)
            return 1;
    return 0;
}

/* The declared names as go prints them: "x", or "a, b" for a := . */
static char *var_decl_names(const Node *decl)
{
    Buf b = {0};
    if (decl->kind == N_IDENT) {
        buf_puts(&b, decl->name);
    } else {
        for (int i = 0; i < decl->list.n; i++) {
            if (i > 0)
                buf_puts(&b, ", ");
            ast_expr_string(&b, decl->list.v[i]);
        }
    }
    return buf_take(&b);
}

/* A label declaration resolves the pending forward gotos to it. */
static void resolve_forward_gotos(BlockWalk *w, Label *l, const char *name)
{
    int keep = 0;
    for (int i = 0; i < w->fwd.n; i++) {
        const Node *jmp = w->fwd.v[i];
        if (strcmp(jmp->x->name, name) != 0) {
            w->fwd.v[keep++] = w->fwd.v[i];
            continue;
        }
        l->used = 1;
        if (jumps_over_var_decl(w, jmp)) {
            char where[512];
            char *names = var_decl_names(w->var_decl);
            Pos at = w->var_decl->pos;
            diag_error(w->br->d, jmp->x->pos, "goto %s jumps over declaration of %s at %s",
                       name, names, pos_string(w->br->d, at, where, sizeof where));
            free(names);
        }
    }
    w->fwd.n = keep;
}

static void unlabeled_branch(BlockWalk *w, const Node *s, Targets ctxt, int last)
{
    Diag *d = w->br->d;
    const Node *t = ctxt.breaks;
    const char *msg;

    switch (s->op) {
    case TK_BREAK:
        if (t == NULL)
            diag_error(d, s->pos, "break is not in a loop, switch, or select");
        return;
    case TK_CONTINUE:
        if (ctxt.continues == NULL)
            diag_error(d, s->pos, "continue is not in a loop");
        return;
    case TK_FALLTHROUGH:
        msg = "fallthrough statement out of place";
        if (t != NULL && t->kind == N_TYPESWITCH) {
            msg = "cannot fallthrough in type switch";
        } else if (t != NULL && t->kind == N_SWITCH && ctxt.case_index >= 0 && last) {
            if (ctxt.case_index + 1 < t->list.n)
                return;                 /* the one valid place */
            msg = "cannot fallthrough final case in switch";
        }
        diag_error(d, s->pos, "%s", msg);
        return;
    default:
        fatal("flow: unlabeled goto");
    }
}

static void labeled_branch(BlockWalk *w, const Node *s)
{
    Diag *d = w->br->d;
    const char *name = s->x->name;
    const Node *t;

    switch (s->op) {
    case TK_BREAK:
        t = enclosing_target(w->br, w->b, name);
        if (t == NULL)
            diag_error(d, s->x->pos, "break label not defined: %s", name);
        else if (t == &invalid_target || !is_breakable(t->y))
            diag_error(d, s->x->pos, "invalid break label %s", name);
        return;
    case TK_CONTINUE:
        t = enclosing_target(w->br, w->b, name);
        if (t == NULL)
            diag_error(d, s->x->pos, "continue label not defined: %s", name);
        else if (t == &invalid_target || !is_loop(t->y))
            diag_error(d, s->x->pos, "invalid continue label %s", name);
        return;
    case TK_GOTO:
        if (goto_target(w->br, w->b, name) == NULL)
            vec_push(&w->fwd, (void *)s);  /* the label may come later */
        return;
    default:
        fatal("flow: labeled fallthrough");
    }
}

static void walk_block(Branches *br, const Block *parent, Targets ctxt,
                       const Node *lstmt, Pos start, const NodeList *body, PtrVec *out);

/* Walks a nested block; its unresolved gotos become this block's. */
static void inner_block(BlockWalk *w, Targets ctxt, const Node *lstmt, Pos start,
                        const NodeList *body)
{
    walk_block(w->br, w->b, ctxt, lstmt, start, body, &w->fwd);
}

static void var_decl_stmt(BlockWalk *w, const Node *s)
{
    const Node *decl = s->x;
    if (decl->op != TK_VAR)
        return;
    for (int i = 0; i < decl->list.n; i++) {
        const Node *spec = decl->list.v[i];
        if (spec->list.n > 0) {
            record_var_decl(w, spec->list.v[0]);   /* the first spec will do */
            return;
        }
    }
}

/* One statement of the block, its labels already stripped; lstmt is the
 * innermost non-blank label on it, and last whether it ends the list. */
static void walk_stmt(BlockWalk *w, const Node *s, const Node *lstmt, Targets ctxt, int last)
{
    Targets inner = { ctxt.breaks, ctxt.continues, -1 };

    switch (s->kind) {
    case N_DECLSTMT:
        var_decl_stmt(w, s);
        break;
    case N_BRANCH:
        if (s->x == NULL)
            unlabeled_branch(w, s, ctxt, last);
        else
            labeled_branch(w, s);
        break;
    case N_ASSIGN:
        if (s->op == TK_DEFINE)
            record_var_decl(w, s);
        break;
    case N_BLOCK:
        inner_block(w, inner, lstmt, s->pos, &s->list);
        break;
    case N_IF: {
        inner_block(w, inner, lstmt, s->z->pos, &s->z->list);
        if (s->w != NULL) {
            /* the else branch is a block of its one statement */
            Node *one[1] = { s->w };
            NodeList l = { one, 1, 1 };
            inner_block(w, inner, lstmt, s->w->pos, &l);
        }
        break;
    }
    case N_FOR: case N_RANGE:
        inner = (Targets){ s, s, -1 };
        inner_block(w, inner, lstmt, s->w->pos, &s->w->list);
        break;
    case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        inner.breaks = s;
        for (int i = 0; i < s->list.n; i++) {
            const Node *cc = s->list.v[i];
            inner.case_index = s->kind == N_SELECT ? -1 : i;
            inner_block(w, inner, lstmt, cc->pos, &cc->list2);
        }
        break;
    default:
        break;
    }
}

/* Walks the statements of one block starting at start and appends the
 * gotos it leaves unresolved to out. lstmt is the labeled statement the
 * block belongs to (a labeled for's body, a labeled switch's clauses). */
static void walk_block(Branches *br, const Block *parent, Targets ctxt,
                       const Node *lstmt, Pos start, const NodeList *body, PtrVec *out)
{
    Block b = { parent, br->nblocks++, start, lstmt };
    BlockWalk w = { br, &b, {0}, {0}, NULL };

    /* fallthrough must be last even if empty statements follow it */
    int n = body->n;
    while (n > 0 && body->v[n - 1]->kind == N_EMPTY)
        n--;

    for (int i = 0; i < n; i++) {
        const Node *s = body->v[i];
        const Node *slabel = NULL;
        for (; s->kind == N_LABELED; s = s->y) {
            const char *name = label_name(s);
            if (strcmp(name, "_") == 0)
                continue;
            Label *l = declare_label(br, &b, s);
            resolve_forward_gotos(&w, l, name);
            slabel = s;
        }
        walk_stmt(&w, s, slabel, ctxt, i + 1 == n);
    }

    for (int i = 0; i < w.fwd.n; i++)
        vec_push(out, w.fwd.v[i]);
    free(w.fwd.v);
    free(w.bad.v);
}

void flow_check_branches(Diag *d, const Node *body)
{
    if (body == NULL)
        return;
    Branches br = { d, {0}, 0 };
    PtrVec fwd = {0};
    Targets none = { NULL, NULL, -1 };
    walk_block(&br, NULL, none, NULL, body->pos, &body->list, &fwd);

    /* Gotos still pending name a label in no enclosing block, or none. */
    for (int i = 0; i < fwd.n; i++) {
        const Node *jmp = fwd.v[i];
        const char *name = jmp->x->name;
        Label *l = find_label(&br, name);
        if (l != NULL) {
            char where[512];
            l->used = 1;        /* one error is enough */
            diag_error(d, jmp->x->pos, "goto %s jumps into block starting at %s", name,
                       pos_string(d, l->block_start, where, sizeof where));
        } else {
            diag_error(d, jmp->x->pos, "label %s not defined", name);
        }
    }

    for (int i = 0; i < br.labels.n; i++) {
        Label *l = br.labels.v[i];
        if (!l->used)
            diag_error(d, l->lstmt->x->pos, "label %s defined and not used",
                       label_name(l->lstmt));
        free(l);
    }
    free(br.labels.v);
    free(fwd.v);
}

/* Post-order, so a function literal's body is checked before the body
 * around it, in the order go's parser finishes them. */
static void check_all_bodies(Diag *d, const Node *n)
{
    if (n == NULL)
        return;
    check_all_bodies(d, n->x);
    check_all_bodies(d, n->y);
    check_all_bodies(d, n->z);
    check_all_bodies(d, n->w);
    for (int i = 0; i < n->list.n; i++)
        check_all_bodies(d, n->list.v[i]);
    for (int i = 0; i < n->list2.n; i++)
        check_all_bodies(d, n->list2.v[i]);
    if (n->kind == N_FUNCDECL)
        flow_check_branches(d, n->w);
    else if (n->kind == N_FUNCLIT)
        flow_check_branches(d, n->y);
}

void flow_check_file_branches(Diag *d, const Node *file)
{
    check_all_bodies(d, file);
}

void flow_check_clean_branches(Diag *d, Arena *arena, const Node *file)
{
    Node *clean = node_new(arena, N_FILE, file->pos);
    for (int i = 0; i < file->list.n; i++) {
        Node *fn = file->list.v[i];
        if (fn->kind != N_FUNCDECL || !fn->w)
            continue;
        int broken = 0;
        for (int k = 0; k < d->n && !broken; k++)
            broken = strncmp(d->v[k].msg, "syntax error", 12) == 0 &&
                     d->v[k].pos.line >= fn->w->pos.line && d->v[k].pos.line <= fn->w->pos2.line;
        if (!broken)
            list_add(arena, &clean->list, fn);
    }
    flow_check_file_branches(d, clean);
}
