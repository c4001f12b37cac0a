/*
 * stdpkg.c — standard packages for import: the typed API declarations in
 * stdlib/ are embedded in the binary (tools/embed_stdlib.py) and checked on
 * first import, once per checker.
 *
 * A package's files are parsed separately and checked as one unit (their
 * declarations merged into one file scope). Errors inside the embedded
 * sources are golite bugs; they are printed to stderr with the stdlib file
 * name so they cannot pass silently.
 */
#include "compiler/check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser/parse.h"

typedef struct StdFile {
    const char *path;       /* import path */
    const char *name;       /* file name */
    const char *src;
    size_t len;
} StdFile;

static const StdFile std_files[] = {
#include "stdlib_files.inc"
    { NULL, NULL, NULL, 0 },
};

int stdpkg_no_ffi;

int stdpkg_exists(const char *path)
{
    for (const StdFile *f = std_files; f->path; f++)
        if (!strcmp(f->path, path))
            return 1;
    return !strcmp(path, "unsafe");
}

void check_file_in(Checker *c, Package *pkg, Node *file, const char *filename, Diag *diag);

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
        diag_init(&diag, iname);
        Node *file = parse_file(iname, f->src, f->len, c->arena, c->in, &diag);
        if (diag_count(&diag)) {
            fprintf(stderr, "golite: internal error in embedded package %s:\n", path);
            diag_flush(&diag, stderr);
        }
        diag_free(&diag);
        if (!file)
            continue;
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
