/*
 * stdembed.h — the embedded standard packages' tables (private to
 * compiler/stdpkg.c and tools/stdlib_snapshot.c).
 *
 * stdlib_files.inc (tools/embed_stdlib.py) defines std_files: each file's
 * source without comments and without its top-level functions' bodies, and
 * std_bodies: those functions' texts. stdlib_ast.inc (stdlib_snapshot, run
 * when golite is built) defines std_asts: each file's syntax tree as
 * parser/astser.c's bytes, in std_files' order.
 */
#ifndef GOLITE_STDEMBED_H
#define GOLITE_STDEMBED_H

#include <stddef.h>

typedef struct StdFile {
    const char *path;       /* import path */
    const char *name;       /* file name */
    const char *src;
    size_t len;
} StdFile;

/* A top-level function's text, split off its file by tools/embed_stdlib.py:
 * the file keeps the header without a body and blank lines in its place. */
typedef struct StdBody {
    int file;               /* index in std_files */
    int line;               /* line of `func` */
    const char *src;
    size_t len;
} StdBody;

typedef struct StdAst {
    const unsigned char *data;
    size_t len;
} StdAst;

#endif
