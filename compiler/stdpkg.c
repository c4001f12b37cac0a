/*
 * stdpkg.c — standard packages for import: the typed API declarations in
 * stdlib/ are embedded in the binary (tools/embed_stdlib.py), parsed when
 * golite is built (stdlib_ast.inc, tools/stdlib_snapshot.c), and paid for
 * declaration by declaration.
 *
 * Importing a package reads its files' declaration headers: the names each
 * top-level declaration declares (check_std_declare makes them objects of
 * the package's scope). A declaration's tree is rebuilt from its bytes
 * (stdpkg_decode) only when one of its names is first resolved, a type's
 * methods with the type (check.c). tools/embed_stdlib.py drops the comments
 * and splits off the bodies of top-level functions: a function's body is
 * parsed (stdpkg_parse_body) and checked (check_lazy_body) only when the
 * code generator compiles it or a variable's initialization order needs
 * it. So a program pays for the parts of the library it uses: hello.go's
 * fmt.Println rebuilds one declaration of fmt and the few that io's and
 * sync's init need. GOLITE_EAGER_STD=1 resolves every declaration and
 * checks every body at import. Errors inside the embedded sources are golite
 * bugs; they are printed to stderr with the stdlib file name so they cannot
 * pass silently.
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

/* The split-off body of the function declared at line of file, if any
 * (std_bodies is sorted by file, then line). */
static const StdBody *find_body(int file, int line)
{
    size_t lo = 0, hi = sizeof std_bodies / sizeof std_bodies[0] - 1;    /* past the end marker */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const StdBody *b = &std_bodies[mid];
        if (b->file < file || (b->file == file && b->line < line))
            lo = mid + 1;
        else
            hi = mid;
    }
    const StdBody *b = &std_bodies[lo];
    return lo < sizeof std_bodies / sizeof std_bodies[0] - 1 && b->file == file && b->line == line ? b : NULL;
}

Node *stdpkg_decode(Checker *c, StdDecl *d)
{
    if (d->node)
        return d->node;
    Node *n = ast_decode_decl(&d->ad);
    d->node = n;
    if (n && n->kind == N_FUNCDECL && !n->w) {
        /* a bodiless function whose body was split off: marked NF_LAZYBODY,
         * its StdBody in the declaration's scope field */
        const StdBody *b = find_body(d->file, n->pos.line);
        if (b) {
            n->flags |= NF_LAZYBODY;
            n->scope = (void *)b;
        }
    }
    (void)c;
    return n;
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
    pkg->file_scope = scope_new(c->arena, pkg->scope);     /* the files' imports, merged */
    vec_push(&c->packages, pkg);
    for (const StdFile *f = std_files; f->path; f++) {
        if (strcmp(f->path, path))
            continue;
        /* the declarations parsed when golite was built (a syntax error
         * there fails the build) */
        const StdAst *ast = &std_asts[f - std_files];
        AstFile *af = arena_alloc(c->arena, sizeof *af);
        if (!ast_file_open(af, ast->data, ast->len, c->arena, c->in))
            continue;
        if (!pkg->name) {
            char *fname = xasprintf("$GOROOT/stdlib/%s/%s", f->path, f->name);
            pkg->filename = intern_cstr(c->in, fname);
            free(fname);
            pkg->name = af->pkgname;
        }
        StdDecl *d = arena_alloc(c->arena, af->ndecls * sizeof *d);
        for (size_t i = 0; i < af->ndecls && ast_file_next(af, &d[i].ad); i++) {
            d[i].order = pkg->std_decls.n;
            d[i].file = (int)(f - std_files);
            vec_push(&pkg->std_decls, &d[i]);
        }
    }
    if (!pkg->name)
        return pkg;
    check_std_declare(c, pkg);
    pkg->checked = 1;
    return pkg;
}
