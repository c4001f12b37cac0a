/*
 * main.c — the golite command.
 *
 *   golite run FILE.go [args...]   compile and run (FILE may be "-" for stdin)
 *   golite FILE.go [args...]       the same
 *   golite check FILE.go           parse and type-check only
 *   golite build [-m] FILE.go      compile without running; -m prints the
 *                                  escape analysis as go build -gcflags=-m
 *   golite run -m FILE.go          the same report, then run
 *   golite ast FILE.go             dump the syntax tree
 *   golite disasm FILE.go          list the bytecode
 *   golite version | help
 *
 * --no-ffi before the file (run, build, check), or GOLITE_NO_FFI set to
 * anything but "" or "0", makes import "ffi" a compile error.
 *
 * Exit status follows go: 1 for compile errors, 2 for usage mistakes and
 * panics, the program's own status for os.Exit.
 */
#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compiler/check.h"
#include "compiler/codegen.h"
#include "compiler/escape.h"
#include "runtime/sched.h"
#include "compiler/flow.h"
#include "parser/parse.h"
#include "util/diag.h"
#include "util/intern.h"
#include "util/mem.h"
#include "runtime/rt.h"

static const char usage_text[] =
    "usage: golite <command> [arguments]\n"
    "\n"
    "The commands are:\n"
    "\n"
    "\trun FILE.go [args...]   compile and run a Go program (FILE may be - for stdin)\n"
    "\tcheck FILE.go           parse and type-check a Go program\n"
    "\tbuild [-m] FILE.go      compile a Go program without running it;\n"
    "\t                        -m prints escape analysis decisions (also run -m)\n"
    "\tast FILE.go             print the program's syntax tree\n"
    "\tdisasm FILE.go          list the program's bytecode\n"
    "\tstdlib                  list the standard packages' functions and methods,\n"
    "\t                        each provided or missing (docs/stdlib.md)\n"
    "\trepl                    an interactive session (golite alone on a terminal too);\n"
    "\t                        entries are read from stdin when it is not a terminal\n"
    "\tversion                 print golite's version\n"
    "\thelp                    print this help\n"
    "\n"
    "golite FILE.go [args...] is the same as golite run FILE.go [args...].\n"
    "run, build and check take --no-ffi: import \"ffi\" is then an error (for scripts\n"
    "that are not trusted); so does GOLITE_NO_FFI=1 in the environment. They take\n"
    "-e too: report every compile error, not only the first ten (go tool compile -e).\n";

static int usage(void)
{
    fputs(usage_text, stderr);
    return 2;
}

/* Reads a whole file (or stdin for "-"); returns NULL with errno set. */
static char *read_source(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (n == cap) {
            cap *= 2;
            buf = xrealloc(buf, cap);
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    int err = ferror(f);
    if (f != stdin)
        fclose(f);
    if (err) {
        free(buf);
        errno = EIO;
        return NULL;
    }
    *len = n;
    return buf;
}

typedef struct Compilation {
    Arena arena;
    Interner in;
    Diag diag;
    Checker checker;
    char *src;
    size_t len;
    Node *file;
    Package *pkg;
    char *abspath;          /* the program's file name in tracebacks */
} Compilation;

/* Parses (and, if check, type-checks) path. Returns the exit status so far:
 * 0 when everything went well. Errors are printed. */
static int compile(Compilation *comp, const char *path, int check)
{
    memset(comp, 0, sizeof *comp);
    comp->src = read_source(path, &comp->len);
    if (!comp->src) {
        fprintf(stderr, "golite: open %s: %s\n", path, strerror(errno));
        return 1;
    }
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    arena_init(&comp->arena);
    intern_init(&comp->in, &comp->arena);
    diag_init(&comp->diag, name);
    int nsyntax;
    comp->file = parse_file_tree(name, comp->src, comp->len, &comp->arena, &comp->in, &comp->diag,
                                 &nsyntax);
    if (nsyntax > 0 && comp->file)
        flow_check_clean_branches(&comp->diag, &comp->arena, comp->file);
    if (nsyntax > 0 || !comp->file || (!check && diag_count(&comp->diag) > 0)) {
        diag_flush(&comp->diag, stderr);
        return 1;
    }
    if (!check)
        return 0;
    types_init();
    checker_init(&comp->checker, &comp->arena, &comp->in, &comp->diag);
    comp->pkg = check_main(&comp->checker, comp->file);
    if (!comp->pkg || diag_count(&comp->diag) > 0) {    /* lexical errors do not stop checking */
        diag_flush(&comp->diag, stderr);
        return 1;
    }
    return 0;
}

static void release(Compilation *comp)
{
    if (comp->checker.arena)
        checker_free(&comp->checker);
    diag_free(&comp->diag);
    if (comp->in.slots)
        intern_free(&comp->in);
    arena_free(&comp->arena);
    free(comp->src);
    free(comp->abspath);
}

static int options(int *argc, char ***argv, int *m);
int repl_main(int argc, char **argv);     /* cli/repl.c */

static int cmd_check(int argc, char **argv)
{
    if (!options(&argc, &argv, NULL) || argc != 1)
        return usage();
    Compilation comp;
    int rc = compile(&comp, argv[0], 1);
    release(&comp);
    return rc;
}

static int cmd_ast(int argc, char **argv)
{
    if (argc != 1)
        return usage();
    Compilation comp;
    int rc = compile(&comp, argv[0], 0);
    if (rc == 0)
        ast_dump(stdout, comp.file);
    release(&comp);
    return rc;
}

/* Compiles to bytecode after a successful check; NULL after errors. */
static Program *build(Compilation *comp, const char *path, int m)
{
    const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
    escape_analyze(&comp->checker, comp->file, name, m ? stderr : NULL);
    char *abs = NULL;
    if (strcmp(path, "-") != 0)
        abs = comp->abspath = realpath(path, NULL);
    Program *p = codegen_program(&comp->checker, comp->pkg, &comp->diag, abs ? abs : name);
    if (!p || diag_count(&comp->diag) > 0) {
        diag_flush(&comp->diag, stderr);
        return NULL;
    }
    return p;
}

static int cmd_run(int argc, char **argv)
{
    int m = 0;
    if (!options(&argc, &argv, &m) || argc < 1)
        return usage();
    Compilation comp;
    int rc = compile(&comp, argv[0], 1);
    if (rc != 0) {
        release(&comp);
        return rc;
    }
    Program *p = build(&comp, argv[0], m);
    if (!p) {
        release(&comp);
        return 1;
    }
    rt_set_args(argc, argv);
    /* runs the program on the scheduler; main returning exits the process
     * (the program's code and descriptors live in the compilation's arena,
     * which is released only then) */
    vm_init();
    sched_main(p);
}

static int cmd_build(int argc, char **argv)
{
    int m = 0;
    if (!options(&argc, &argv, &m) || argc != 1)
        return usage();
    Compilation comp;
    int rc = compile(&comp, argv[0], 1);
    if (rc == 0) {
        Program *p = build(&comp, argv[0], m);
        if (!p)
            rc = 1;
        codegen_free(p);
    }
    release(&comp);
    return rc;
}

static int cmd_disasm(int argc, char **argv)
{
    if (argc != 1)
        return usage();
    Compilation comp;
    int rc = compile(&comp, argv[0], 1);
    if (rc != 0) {
        release(&comp);
        return rc;
    }
    Program *p = build(&comp, argv[0], 0);
    if (!p) {
        release(&comp);
        return 1;
    }
    Buf b = {0};
    for (int i = 0; i < p->funcs.n; i++) {
        const Func *f = p->funcs.v[i];
        vm_disasm(&b, f);
        buf_putc(&b, '\n');
    }
    fwrite(b.s, 1, b.n, stdout);
    buf_free(&b);
    codegen_free(p);
    release(&comp);
    return 0;
}

static int dispatch(int argc, char **argv);

static void stdlib_line(Buf *b, const char *pkg, const char *name, Object *o)
{
    Node *d = o->decl;
    int provided = (d && d->kind == N_FUNCDECL && (d->w || (d->flags & NF_LAZYBODY)));
    if (!provided) {
        char *full = xasprintf("%s.%s", pkg, name);
        provided = natives_lookup(full) != NULL;
        free(full);
    }
    buf_printf(b, "%s %s %s\n", pkg, name, provided ? "provided" : "missing");
}

/* golite stdlib: each standard package's exported functions and methods,
 * one per line — "strings ToUpper provided", "os (*File).Chmod missing" —
 * provided when its stdlib/ source has a body or a native is registered
 * (tools/stdlib_doc.py writes docs/stdlib.md from this). */
static int cmd_stdlib(int argc, char **argv)
{
    (void)argv;
    if (argc != 0)
        return usage();
    Arena arena;
    Interner in;
    Diag diag;
    Checker c;
    arena_init(&arena);
    intern_init(&in, &arena);
    diag_init(&diag, "stdlib");
    types_init();
    checker_init(&c, &arena, &in, &diag);
    Buf b = {0};
    for (int i = 0; stdpkg_path_at(i); i++) {
        const char *path = stdpkg_path_at(i);
        if (!strncmp(path, "internal/", 9))
            continue;   /* golite's own (the REPL's loop), not for programs */
        Package *pkg = stdpkg_import(&c, path, (Pos){0});
        if (!pkg)
            continue;
        check_std_resolve_all(&c, pkg);
        for (int j = 0; j < pkg->scope->order.n; j++) {
            Object *o = pkg->scope->order.v[j];
            if (!(o->name[0] >= 'A' && o->name[0] <= 'Z'))
                continue;
            if (o->kind == OBJ_FUNC)
                stdlib_line(&b, path, o->name, o);
            if (o->kind != OBJ_TYPE || !o->type || o->type->kind != TY_NAMED || o->type->obj != o)
                continue;
            Type *t = o->type;
            for (int k = 0; k < t->nmethods; k++) {
                Method *m = &t->methods[k];
                if (!m->func || !(m->name[0] >= 'A' && m->name[0] <= 'Z'))
                    continue;
                char *name = m->ptr_recv ? xasprintf("(*%s).%s", o->name, m->name)
                                         : xasprintf("%s.%s", o->name, m->name);
                stdlib_line(&b, path, name, m->func);
                free(name);
            }
        }
    }
    fwrite(b.s, 1, b.n, stdout);
    buf_free(&b);
    checker_free(&c);
    diag_free(&diag);
    intern_free(&in);
    arena_free(&arena);
    return 0;
}

/*
 * The front end recurses over the syntax tree, so deeply nested but valid
 * programs (25,000 chained additions, long declaration chains) need far more
 * than the 8 MB main-thread stack. The command runs on a thread whose stack is
 * reserved at 1 GB, Go's own goroutine stack limit; pages are only committed
 * as they are touched.
 */
enum { FRONT_STACK = 1 << 30 };

typedef struct Job {
    int argc;
    char **argv;
    int rc;
} Job;

/* Posted when the command returns. The command's thread is also the
 * scheduler's first M: when a goroutine that ended locked to it takes it
 * down (runtime.LockOSThread, sched.c's mexit), it is never posted and this
 * thread waits while the program goes on; the exited thread's stack, which
 * holds the compilation, stays mapped since nobody joins it. */
static sem_t job_done;

static void *run_job(void *arg)
{
    Job *job = arg;
    job->rc = dispatch(job->argc, job->argv);
    sem_post(&job_done);
    return NULL;
}

int main(int argc, char **argv)
{
    Job job = { argc, argv, 0 };
    pthread_attr_t attr;
    pthread_t th;
    if (sem_init(&job_done, 0, 0) == 0 && pthread_attr_init(&attr) == 0 &&
        pthread_attr_setstacksize(&attr, FRONT_STACK) == 0 &&
        pthread_create(&th, &attr, run_job, &job) == 0) {
        while (sem_wait(&job_done) != 0)
            ;   /* EINTR */
        pthread_join(th, NULL);     /* posted just before it returns */
        return job.rc;
    }
    return dispatch(argc, argv);    /* no big thread: run with what we have */
}

/* Takes the leading options of run/build/check: -m (where allowed), -e and
 * --no-ffi; 0 on an unknown option. */
static int options(int *argc, char ***argv, int *m)
{
    while (*argc >= 1 && (*argv)[0][0] == '-' && (*argv)[0][1]) {
        if (m && !strcmp((*argv)[0], "-m"))
            *m = 1;
        else if (!strcmp((*argv)[0], "-e"))
            diag_all = 1;
        else if (!strcmp((*argv)[0], "--no-ffi"))
            stdpkg_no_ffi = 1;
        else
            return 0;
        (*argc)--;
        (*argv)++;
    }
    return 1;
}

static int dispatch(int argc, char **argv)
{
    const char *noffi = getenv("GOLITE_NO_FFI");
    if (noffi && *noffi && strcmp(noffi, "0") != 0)
        stdpkg_no_ffi = 1;
    if (argc < 2)
        return isatty(0) && isatty(1) ? repl_main(argc, argv) : usage();
    const char *cmd = argv[1];
    if (!strcmp(cmd, "repl")) {
        if (argc != 2)
            return usage();
        return repl_main(argc, argv);
    }
    if (!strcmp(cmd, "run"))
        return cmd_run(argc - 2, argv + 2);
    if (!strcmp(cmd, "build"))
        return cmd_build(argc - 2, argv + 2);
    if (!strcmp(cmd, "check"))
        return cmd_check(argc - 2, argv + 2);
    if (!strcmp(cmd, "ast"))
        return cmd_ast(argc - 2, argv + 2);
    if (!strcmp(cmd, "disasm"))
        return cmd_disasm(argc - 2, argv + 2);
    if (!strcmp(cmd, "stdlib"))
        return cmd_stdlib(argc - 2, argv + 2);
    if (!strcmp(cmd, "version")) {
        if (argc != 2)
            return usage();
        printf("golite version %s\n", GOLITE_VERSION);
        return 0;
    }
    if (!strcmp(cmd, "help") || !strcmp(cmd, "-h") || !strcmp(cmd, "--help")) {
        fputs(usage_text, stdout);
        return 0;
    }
    size_t n = strlen(cmd);
    if ((n > 3 && !strcmp(cmd + n - 3, ".go")) || !strcmp(cmd, "-"))
        return cmd_run(argc - 1, argv + 1);
    fprintf(stderr, "golite: unknown command \"%s\"\n", cmd);
    return usage();
}
