/*
 * stdpkg.c — standard packages for import: the typed API declarations in
 * stdlib/ are embedded in the binary (tools/embed_stdlib.py) and checked on
 * first import, once per checker.
 *
 * A package's files were parsed when golite was built (stdlib_ast.inc,
 * tools/stdlib_snapshot.c: importing one rebuilds its syntax tree from
 * bytes) and are checked as one unit (their declarations merged into one
 * file scope). tools/embed_stdlib.py drops the
 * comments and splits off the bodies of top-level functions: a function's
 * body is parsed (stdpkg_parse_body) and checked (check.c, check_lazy_body)
 * only when the code generator compiles it or the package's initialization
 * order needs it, so a program pays for the parts of the library it uses.
 * GOLITE_EAGER_STD=1 parses and checks every body at import. Errors inside the embedded
 * sources are golite bugs; they are printed to stderr with the stdlib file
 * name so they cannot pass silently.
 */
#include "compiler/check.h"
#include "util/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parse.h"

#include "compiler/stdembed.h"
#include "stdlib_files.inc"
#include "stdlib_ast.inc"

int stdpkg_no_ffi;

/* The i-th distinct import path of the embedded packages (files are grouped
 * by directory), or NULL past the end. */
const char *stdpkg_path_at(int i)
{
    const char *last = NULL;
    for (const StdFile *f = std_files; f->path; f++) {
        if (last && !strcmp(last, f->path))
            continue;
        last = f->path;
        if (i-- == 0)
            return f->path;
    }
    return NULL;
}

int stdpkg_exists(const char *path)
{
    for (const StdFile *f = std_files; f->path; f++)
        if (!strcmp(f->path, path))
            return 1;
    return !strcmp(path, "unsafe");
}

void check_file_in(Checker *c, Package *pkg, Node *file, const char *filename, Diag *diag);

/* The bodiless functions of a file whose bodies were split off: marked
 * NF_LAZYBODY, their StdBody in the declaration's scope field. */
static void mark_lazy_bodies(Node *file, int index)
{
    const StdBody *b = std_bodies;
    while (b->file >= 0 && b->file < index)
        b++;
    for (int i = 0; i < file->list.n && b->file == index; i++) {
        Node *d = file->list.v[i];
        if (d->kind != N_FUNCDECL || d->w)
            continue;
        while (b->file == index && b->line < d->pos.line)
            b++;
        if (b->file == index && b->line == d->pos.line) {
            d->flags |= NF_LAZYBODY;
            d->scope = (void *)b;
            b++;
        }
    }
}

void stdpkg_parse_body(Checker *c, Node *decl)
{
    if (!(decl->flags & NF_LAZYBODY))
        return;
    const StdBody *b = decl->scope;
    const StdFile *f = &std_files[b->file];
    decl->flags &= ~NF_LAZYBODY;
    decl->scope = NULL;
    /* the function alone after a package clause on the line before it:
     * positions are the file's */
    Buf src = {0};
    buf_printf(&src, "package %s\n", c->pkg->name);
    buf_add(&src, b->src, b->len);
    char *fname = xasprintf("$GOROOT/stdlib/%s/%s", f->path, f->name);
    const char *iname = intern_cstr(c->in, fname);
    free(fname);
    Diag diag;
    diag_init(&diag, iname);
    Node *file = parse_file_at(iname, src.s, src.n, c->arena, c->in, &diag, b->line - 1);
    if (diag_count(&diag)) {
        fprintf(stderr, "golite: internal error in embedded package %s:\n", f->path);
        diag_flush(&diag, stderr);
    }
    diag_free(&diag);
    if (file && file->list.n == 1 && file->list.v[0]->kind == N_FUNCDECL)
        decl->w = file->list.v[0]->w;
    buf_free(&src);
}

Package *stdpkg_import(Checker *c, const char *path, Pos pos)
{
    for (int i = 0; i < c->packages.n; i++) {
        Package *p = c->packages.v[i];
        if (!strcmp(p->path, path))
            return p;
    }
    if (stdpkg_no_ffi && !strcmp(path, "ffi")) {
        check_error(c, pos, "package ffi is disabled (golite --no-ffi or GOLITE_NO_FFI)");
        return NULL;
    }
    if (!stdpkg_exists(path)) {
        check_error(c, pos, "package %s is not in GOROOT (/usr/lib/go-1.19/src/%s)", path, path);
        return NULL;
    }
    Package *pkg = arena_alloc(c->arena, sizeof *pkg);
    pkg->path = intern_cstr(c->in, path);
    pkg->is_std = 1;
    pkg->scope = scope_new(c->arena, c->universe);
    vec_push(&c->packages, pkg);

    Node *merged = NULL;
    Diag diag;
    const char *first_name = NULL;
    for (const StdFile *f = std_files; f->path; f++) {
        if (strcmp(f->path, path))
            continue;
        char *fname = xasprintf("$GOROOT/stdlib/%s/%s", f->path, f->name);
        const char *iname = intern_cstr(c->in, fname);
        free(fname);
        /* the tree parsed when golite was built (stdlib_ast.inc; a syntax
         * error there fails the build) */
        const StdAst *ast = &std_asts[f - std_files];
        Node *file = ast_deserialize(ast->data, ast->len, c->arena, c->in);
        if (!file)
            continue;
        mark_lazy_bodies(file, (int)(f - std_files));
        if (getenv("GOLITE_EAGER_STD")) {
            /* developers: parse (and check, check.c) every body at once, so
             * that an error in an unused one shows (tests/check.sh) */
            Package *importer = c->pkg;
            c->pkg = pkg;
            pkg->name = file->x->name;
            for (int i = 0; i < file->list.n; i++)
                stdpkg_parse_body(c, file->list.v[i]);
            c->pkg = importer;
        }
        if (!merged) {
            merged = file;
            first_name = iname;
            pkg->name = file->x->name;
        } else {
            for (int i = 0; i < file->list.n; i++)
                list_add(c->arena, &merged->list, file->list.v[i]);
        }
    }
    if (!merged)
        return pkg;

    /* check with a fresh context; the importer's state is restored after */
    Scope *saved_scope = c->scope;
    FuncCtx *saved_fn = c->fn;
    ConstVal *saved_iota = c->iota;
    Object *saved_decl = c->decl_obj;
    int saved_std = c->in_stdlib;
    c->fn = NULL;
    c->iota = NULL;
    c->decl_obj = NULL;
    c->in_stdlib = 1;
    diag_init(&diag, first_name);
    check_file_in(c, pkg, merged, first_name, &diag);
    if (diag_count(&diag)) {
        fprintf(stderr, "golite: internal error in embedded package %s:\n", path);
        diag_flush(&diag, stderr);
    }
    diag_free(&diag);
    c->scope = saved_scope;
    c->fn = saved_fn;
    c->iota = saved_iota;
    c->decl_obj = saved_decl;
    c->in_stdlib = saved_std;
    pkg->checked = 1;
    return pkg;
}
