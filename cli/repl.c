/*
 * repl.c — golite's REPL: `golite repl`, or `golite` alone on a terminal.
 *
 * The session is one program that never ends. Its main package starts as
 *
 *     package main
 *     import __repl "internal/repl"
 *     func main() { __repl.Loop() }
 *
 * compiled and run on the scheduler like any program (codegen_session keeps
 * the code generator, and the package variables live in a reservation that
 * never moves). Loop, on the main goroutine, asks for entry after entry
 * (internal/repl.next → repl_next here): an entry is read, checked into the
 * same main package (check_repl_entry: a name declared again replaces the
 * earlier one, standard packages import themselves when named, unused
 * variables and imports are no errors), compiled (codegen_repl_entry) and
 * handed back as a function that Loop calls with a recover around it, so a
 * panic prints Go's text and the session goes on. Goroutines an entry starts
 * keep running while the next entry is read: the read happens in system-call
 * state, without a P.
 *
 * An entry is declarations (func, type, var, const, import) or statements.
 * Statements become package-level declarations run in order: `a, b := x, y`
 * a var declaration (so its variables persist), a declaration statement the
 * declaration itself, an expression with a value a call of __repl.Print on
 * it (fmt's %v; not for fmt's Print functions), any other statement a step function (NF_REPLSTEP) the
 * entry's function calls in its place.
 *
 * Input is read line by line (libedit on a terminal, with history in
 * ~/.golite_history; plain lines otherwise) until the entry is complete:
 * brackets closed, no raw string or comment open, and not ending in an
 * operator or comma (entry_complete). Compile errors are Go's messages,
 * positioned inside the entry as repl:LINE:COL.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <editline/readline.h>

#include "compiler/check.h"
#include "compiler/codegen.h"
#include "compiler/escape.h"
#include "compiler/flow.h"
#include "parser/parse.h"
#include "runtime/rt.h"
#include "runtime/sched.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/intern.h"
#include "util/mem.h"

int repl_main(int argc, char **argv);
extern int (*repl_next_hook)(G *g, Closure **f);
extern int repl_catch_interrupts;
extern int repl_sigints, repl_reading;     /* atomics shared with the SIGINT handler */
extern pthread_t repl_reader;

static const char base_src[] =
    "package main\n"
    "\n"
    "import __repl \"internal/repl\"\n"
    "\n"
    "func main() { __repl.Loop() }\n";

static const char help_text[] =
    "Entries are Go: statements, declarations (func, type, var, const, import)\n"
    "and expressions, whose values are printed. Names persist from entry to\n"
    "entry; declaring one again replaces it. Standard packages need no import.\n"
    "An entry goes on over several lines while brackets are open or a line\n"
    "ends in an operator or a comma.\n"
    "\n"
    "  :help         this text\n"
    "  :type EXPR    the type of an expression\n"
    "  :vars         the names declared so far, with their types\n"
    "  :disasm NAME  the bytecode of a function\n"
    "  :gc           run a garbage collection and summarise the heap\n"
    "  :load FILE.go declare what a Go file declares (its main is not run)\n"
    "  :reset        forget every name declared so far\n"
    "  :quit         leave (or Ctrl-D)\n";

typedef struct Session {
    Arena arena;
    Interner in;
    Diag diag;
    Checker c;
    Package *pkg;
    CG *cg;
    Object *replpkg;        /* the __repl import, declared again by :reset */
    int tty;
    char *histfile;
    int nstep;              /* step functions so far */
} Session;

static Session S;

/* Output goes through the runtime's buffer, so that it keeps its order with
 * what the program prints. */
static void out(G *g, int fd, const char *s, size_t n)
{
    rt_write(g, fd, s, n);
}

static void outs(G *g, int fd, const char *s)
{
    out(g, fd, s, strlen(s));
}

/* Errors gathered for the entry, printed as go prints them. */
static void flush_diag(G *g)
{
    if (!diag_count(&S.diag))
        return;
    char *text = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&text, &n);
    if (f) {
        diag_flush(&S.diag, f);
        fclose(f);
        out(g, 2, text, n);
        free(text);
    } else {
        rt_flush(g);
        diag_flush(&S.diag, stderr);
    }
}

/* Input. */

/* Whether text is a whole entry: no bracket, raw string or block comment
 * open, and not ending in what continues a line in Go (a binary operator, a
 * comma, a dot, a colon; ++ and -- end a statement). */
static int entry_complete(const char *s)
{
    int depth = 0;
    char last = 0, prev = 0;
    for (size_t i = 0; s[i];) {
        char ch = s[i];
        if (ch == '/' && s[i + 1] == '/') {
            while (s[i] && s[i] != '\n')
                i++;
            continue;
        }
        if (ch == '/' && s[i + 1] == '*') {
            const char *end = strstr(s + i + 2, "*/");
            if (!end)
                return 0;
            i = (size_t)(end - s) + 2;
            continue;
        }
        if (ch == '`') {
            const char *end = strchr(s + i + 1, '`');
            if (!end)
                return 0;
            i = (size_t)(end - s) + 1;
            prev = last;
            last = '`';
            continue;
        }
        if (ch == '"' || ch == '\'') {
            i++;
            while (s[i] && s[i] != ch && s[i] != '\n')
                i += s[i] == '\\' && s[i + 1] ? 2 : 1;
            if (s[i] == ch)
                i++;
            prev = last;
            last = ch;
            continue;
        }
        if (ch == '(' || ch == '[' || ch == '{')
            depth++;
        else if (ch == ')' || ch == ']' || ch == '}')
            depth--;
        if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') {
            prev = last;
            last = ch;
        }
        i++;
    }
    if (depth > 0)
        return 0;
    if ((last == '+' || last == '-') && prev == last)
        return 1;
    return !(last && strchr("+-*/%&|^<>=!,.:", last));
}

/* Ctrl-C at the prompt: SIGINT (installed without SA_RESTART) interrupts
 * libedit's read; the line so far is dropped and the prompt starts again. */
static int sigints_seen;
static int line_interrupted;

static int getc_interruptible(FILE *f)
{
    unsigned char ch;
    for (;;) {
        ssize_t n = read(fileno(f), &ch, 1);
        if (n == 1 && ch == 4)
            return EOF;     /* Ctrl-D: libedit's own reading would say so; a getc function must */
        if (n == 1)
            return ch;
        if (n < 0 && errno == EINTR) {
            int now = __atomic_load_n(&repl_sigints, __ATOMIC_ACQUIRE);
            if (now != sigints_seen) {
                sigints_seen = now;
                line_interrupted = 1;
                if (write(1, "^C", 2) < 0) {
                    /* the terminal is gone; the newline ends the line anyway */
                }
                return '\n';
            }
            continue;
        }
        return EOF;
    }
}

/* Tab completion: identifiers declared so far, imports and standard package
 * names, Go's predeclared names and keywords; after "pkg." the package's
 * exported names (a standard package is imported for that: only its names
 * are read). */
static PtrVec completions;
static int completion_next;

static void add_completion(const char *prefix, const char *name, const char *text)
{
    Buf b = {0};
    buf_puts(&b, prefix);
    buf_puts(&b, name);
    if (!strncmp(b.s, text, strlen(text))) {
        for (int i = 0; i < completions.n; i++)
            if (!strcmp(completions.v[i], b.s)) {
                buf_free(&b);
                return;
            }
        vec_push(&completions, b.s);
        return;
    }
    buf_free(&b);
}

static int exported(const char *name)
{
    return name[0] >= 'A' && name[0] <= 'Z';
}

static void scope_completions(Scope *s, const char *text, int only_exported)
{
    for (int i = 0; i < s->order.n; i++) {
        Object *o = s->order.v[i];
        if (!strncmp(o->name, "__", 2) || (only_exported && !exported(o->name)))
            continue;
        add_completion("", o->name, text);
    }
}

static Package *package_named(const char *name)
{
    Object *o = scope_lookup(S.pkg->file_scope, intern_cstr(&S.in, name), NULL);
    if (o && o->kind == OBJ_PKG)
        return o->imported;
    if (o)
        return NULL;
    for (int i = 0; stdpkg_path_at(i); i++) {
        const char *path = stdpkg_path_at(i);
        const char *elem = strrchr(path, '/');
        if (!strcmp(elem ? elem + 1 : path, name) && strncmp(path, "internal/", 9))
            return stdpkg_import(&S.c, path, (Pos){0, 0});
    }
    return NULL;
}

static void find_completions(const char *text)
{
    static const char *const keywords[] = {
        "break", "case", "chan", "const", "continue", "default", "defer", "else",
        "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map",
        "package", "range", "return", "select", "struct", "switch", "type", "var"};
    static const char *const metas[] = {":disasm", ":gc", ":help", ":load", ":quit", ":reset", ":type", ":vars"};
    for (int i = 0; i < completions.n; i++)
        free(completions.v[i]);
    completions.n = 0;
    completion_next = 0;
    if (text[0] == ':') {
        for (size_t i = 0; i < sizeof metas / sizeof metas[0]; i++)
            add_completion("", metas[i], text);
        return;
    }
    const char *dot = strrchr(text, '.');
    if (dot) {
        char *pkgname = xstrndup(text, (size_t)(dot - text));
        Package *p = package_named(pkgname);
        if (p) {
            Buf prefix = {0};
            buf_printf(&prefix, "%s.", pkgname);
            for (int i = 0; i < p->scope->order.n; i++) {
                Object *o = p->scope->order.v[i];
                if (exported(o->name))
                    add_completion(prefix.s, o->name, text);
            }
            buf_free(&prefix);
        }
        free(pkgname);
        return;
    }
    scope_completions(S.pkg->scope, text, 0);
    scope_completions(S.pkg->file_scope, text, 0);
    for (int i = 0; stdpkg_path_at(i); i++) {
        const char *path = stdpkg_path_at(i);
        const char *elem = strrchr(path, '/');
        if (strncmp(path, "internal/", 9))
            add_completion("", elem ? elem + 1 : path, text);
    }
    scope_completions(S.c.universe, text, 0);
    for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
        add_completion("", keywords[i], text);
}

static char *completion(const char *text, int state)
{
    if (state == 0)
        find_completions(text);
    if (completion_next >= completions.n)
        return NULL;
    const char *c = completions.v[completion_next++];
    return xstrndup(c, strlen(c));
}

static char **complete(const char *text, int start, int end)
{
    (void)start;
    (void)end;
    rl_attempted_completion_over = 1;   /* no file names */
    return rl_completion_matches(text, completion);
}

/* One line without its newline (malloc'd), or NULL at the end of input. */
static char *read_line(G *g, const char *prompt)
{
    rt_flush(g);
    entersyscall(g);    /* other goroutines run while the user types */
    char *line = NULL;
    if (S.tty) {
        __atomic_store_n(&repl_reader, pthread_self(), __ATOMIC_RELEASE);
        __atomic_store_n(&repl_reading, 1, __ATOMIC_RELEASE);
        line = readline(prompt);
        __atomic_store_n(&repl_reading, 0, __ATOMIC_RELEASE);
    } else {
        size_t cap = 0;
        ssize_t n = getline(&line, &cap, stdin);
        if (n < 0) {
            free(line);
            line = NULL;
        } else if (n > 0 && line[n - 1] == '\n') {
            line[n - 1] = 0;
        }
    }
    exitsyscall(g);
    return line;
}

/* The next entry (malloc'd), or NULL at the end of input. */
static char *read_entry(G *g)
{
    Buf b = {0};
    for (;;) {
        char *line = read_line(g, b.n ? "... " : "> ");
        if (line_interrupted) {
            line_interrupted = 0;
            free(line);
            b.n = 0;    /* the entry typed so far is dropped */
            continue;
        }
        if (!line) {
            if (b.n && S.tty)
                outs(g, 1, "\n");
            if (!b.n)
                return NULL;
            break;      /* an incomplete entry at the end: parsed as it is */
        }
        if (b.n)
            buf_putc(&b, '\n');
        buf_puts(&b, line);
        free(line);
        const char *p = b.s ? b.s : "";
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        if (!*p) {
            b.n = 0;    /* an empty line */
            continue;
        }
        if (*p == ':' || entry_complete(b.s))
            break;
    }
    buf_putc(&b, 0);
    if (S.tty) {
        add_history(b.s);
        if (S.histfile)
            write_history(S.histfile);
    }
    return b.s;
}

/* Entries into declarations. */

static Node *ident(const char *name, Pos pos)
{
    Node *n = node_new(&S.arena, N_IDENT, pos);
    n->name = intern_cstr(&S.in, name);
    return n;
}

/* The entry's text parsed as top-level declarations: the file, or NULL
 * with the errors in d. */
static Node *parse_decls(const char *text, Diag *d)
{
    Buf src = {0};
    buf_puts(&src, "package main\n");
    buf_puts(&src, text);
    Node *f = parse_file_at("repl", src.s, src.n, &S.arena, &S.in, d, 0);
    buf_free(&src);
    return f;
}

/* The entry's text parsed as a function body: the block, or NULL with the
 * errors in d. */
static Node *parse_stmts(const char *text, Diag *d)
{
    Buf src = {0};
    buf_puts(&src, "package main\nfunc _() {\n");
    buf_puts(&src, text);
    buf_puts(&src, "\n}\n");
    Node *f = parse_file_at("repl", src.s, src.n, &S.arena, &S.in, d, -1);
    buf_free(&src);
    if (!f || f->list.n != 1 || f->list.v[0]->kind != N_FUNCDECL)
        return NULL;
    return f->list.v[0]->w;
}

static int starts_with_word(const char *s, const char *w)
{
    size_t n = strlen(w);
    return !strncmp(s, w, n) && !(s[n] == '_' || (s[n] >= 'a' && s[n] <= 'z') ||
                                  (s[n] >= 'A' && s[n] <= 'Z') || (s[n] >= '0' && s[n] <= '9'));
}

/* fmt's printing functions: their results (bytes written, error) are not
 * echoed, as Python's print shows no None. */
static int is_fmt_print(Node *call)
{
    static const char *const names[] = {"Print", "Printf", "Println", "Fprint", "Fprintf", "Fprintln"};
    Node *f = call->x;
    if (f->kind != N_SELECTOR || f->x->kind != N_IDENT || strcmp(f->x->name, "fmt"))
        return 0;
    Object *o = scope_lookup(S.pkg->file_scope, f->x->name, NULL);
    if (o && (o->kind != OBJ_PKG || strcmp(o->imported->path, "fmt")))
        return 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(f->y->name, names[i]))
            return 1;
    return 0;
}

/* Whether the expression statement e (of the probe parse) has a value to
 * print; its errors are left to the real check. */
static int has_value(Node *e)
{
    if (is_fmt_print(e))
        return 0;
    Diag probe, *saved = S.c.diag;
    diag_init(&probe, "repl");
    S.c.diag = &probe;
    Type *t;
    int mode = check_repl_operand(&S.c, S.pkg, e, &t);
    S.c.diag = saved;
    int errs = diag_count(&probe);
    diag_free(&probe);
    return !errs && mode != M_INVALID && mode != M_NOVALUE && mode != M_TYPEXPR;
}

/* The statements of an entry as declarations run in order. */
static Node *stmts_file(Node *block, Node *probe)
{
    Node *file = node_new(&S.arena, N_FILE, block->pos);
    file->x = ident("main", block->pos);
    for (int i = 0; i < block->list.n; i++) {
        Node *s = block->list.v[i];
        if (s->kind == N_EMPTY)
            continue;
        if (s->kind == N_ASSIGN && s->op == TK_DEFINE) {
            int names = 1;
            for (int k = 0; k < s->list.n; k++)
                names &= s->list.v[k]->kind == N_IDENT;
            if (names) {
                /* its variables persist: a package-level var declaration */
                Node *spec = node_new(&S.arena, N_VALUESPEC, s->list.v[0]->pos);
                spec->op = TK_VAR;
                spec->flags |= NF_REPLDEFINE;
                spec->list = s->list;
                spec->list2 = s->list2;
                Node *d = node_new(&S.arena, N_GENDECL, s->pos);
                d->op = TK_VAR;
                list_add(&S.arena, &d->list, spec);
                list_add(&S.arena, &file->list, d);
                continue;
            }
        }
        if (s->kind == N_DECLSTMT) {
            list_add(&S.arena, &file->list, s->x);
            continue;
        }
        if (s->kind == N_EXPRSTMT) {
            Node *e = s->x;
            int print = e->kind != N_CALL;
            if (!print && probe && i < probe->list.n && probe->list.v[i]->kind == N_EXPRSTMT)
                print = has_value(probe->list.v[i]->x);
            if (print) {
                Pos p = ast_start(e);
                Node *sel = node_new(&S.arena, N_SELECTOR, p);
                sel->x = ident("__repl", p);
                sel->y = ident("Print", p);
                Node *call = node_new(&S.arena, N_CALL, p);
                call->x = sel;
                call->pos2 = p;
                list_add(&S.arena, &call->list, e);
                s = node_new(&S.arena, N_EXPRSTMT, s->pos);
                s->x = call;
            }
        }
        /* a step: a function of this one statement, called in its place */
        char name[32];
        snprintf(name, sizeof name, "__step%d", ++S.nstep);
        Node *fd = node_new(&S.arena, N_FUNCDECL, s->pos);
        fd->flags |= NF_REPLSTEP;
        fd->y = ident(name, s->pos);
        fd->z = node_new(&S.arena, N_FUNCTYPE, s->pos);
        fd->w = node_new(&S.arena, N_BLOCK, s->pos);
        fd->w->pos2 = s->pos;
        list_add(&S.arena, &fd->w->list, s);
        list_add(&S.arena, &file->list, fd);
    }
    return file;
}

/* Checks and compiles an entry's declarations: its function, or NULL after
 * errors (printed). */
static Func *compile_entry(G *g, Node *file)
{
    PtrVec vars = {0};
    S.c.diag = &S.diag;
    Func *f = NULL;
    flow_check_file_branches(&S.diag, file);   /* labels, break, continue, goto */
    if (!diag_count(&S.diag) && check_repl_entry(&S.c, S.pkg, file, &vars)) {
        escape_analyze(&S.c, file, "repl", NULL);
        f = codegen_repl_entry(S.cg, S.pkg, file, &vars);
    }
    free(vars.v);
    flush_diag(g);
    return f;
}

/* Meta-commands. */

static void cmd_type(G *g, const char *expr)
{
    Node *block = parse_stmts(expr, &S.diag);
    if (!block || block->list.n != 1 || block->list.v[0]->kind != N_EXPRSTMT) {
        if (!diag_count(&S.diag))
            outs(g, 2, "usage: :type EXPR\n");
        flush_diag(g);
        return;
    }
    S.c.diag = &S.diag;
    Type *t = NULL;
    int mode = check_repl_operand(&S.c, S.pkg, block->list.v[0]->x, &t);
    if (mode == M_NOVALUE && !diag_count(&S.diag)) {
        outs(g, 1, "no value\n");
    } else if (mode != M_INVALID && t && !diag_count(&S.diag)) {
        Buf b = {0};
        buf_printf(&b, "%s\n", tstr(&S.c, t));
        out(g, 1, b.s, b.n);
        buf_free(&b);
    }
    flush_diag(g);
}

static void cmd_vars(G *g)
{
    Buf b = {0};
    Scope *s = S.pkg->scope;
    for (int i = 0; i < s->order.n; i++) {
        Object *o = s->order.v[i];
        if (!strncmp(o->name, "__", 2) || (o->name[0] == '_' && !o->name[1]) || !strcmp(o->name, "main"))
            continue;
        const char *t = o->type ? tstr(&S.c, o->type) : "?";
        switch (o->kind) {
        case OBJ_VAR: buf_printf(&b, "var %s %s\n", o->name, t); break;
        case OBJ_CONST: buf_printf(&b, "const %s %s\n", o->name, t); break;
        case OBJ_FUNC: buf_printf(&b, "func %s%s\n", o->name, !strncmp(t, "func", 4) ? t + 4 : t); break;
        case OBJ_TYPE:
            buf_printf(&b, "type %s %s\n", o->name,
                       o->type ? tstr(&S.c, type_underlying(o->type)) : "?");
            break;
        default: break;
        }
    }
    if (b.n)
        out(g, 1, b.s, b.n);
    buf_free(&b);
}

/* Forgets every name: fresh scopes for the package and its imports. Code
 * and goroutines of earlier entries go on with what they hold. */
static void cmd_reset(void)
{
    S.pkg->scope = scope_new(&S.arena, S.c.universe);
    S.pkg->file_scope = scope_new(&S.arena, S.pkg->scope);
    scope_insert(&S.arena, S.pkg->file_scope, S.replpkg);
}

static void cmd_disasm(G *g, const char *name)
{
    Object *o = *name ? scope_lookup_local(S.pkg->scope, intern_cstr(&S.in, name)) : NULL;
    if (!o || o->kind != OBJ_FUNC || !o->decl || o->decl->kind != N_FUNCDECL) {
        Buf b = {0};
        buf_printf(&b, *name ? "%s is not a function declared in this session\n" : "usage: :disasm NAME\n", name);
        out(g, 2, b.s, b.n);
        buf_free(&b);
        return;
    }
    Func *f = codegen_repl_func(S.cg, o);
    flush_diag(g);
    Buf b = {0};
    vm_disasm(&b, f);
    out(g, 1, b.s, b.n);
    buf_free(&b);
}

static Func *compile_entry(G *g, Node *file);

/* The declarations of a Go file (its package clause aside), as one entry. */
static Func *cmd_load(G *g, const char *path)
{
    FILE *f = *path ? fopen(path, "rb") : NULL;
    if (!f) {
        Buf b = {0};
        buf_printf(&b, *path ? "golite: open %s: %s\n" : "usage: :load FILE.go\n", path, strerror(errno));
        out(g, 2, b.s, b.n);
        buf_free(&b);
        return NULL;
    }
    Buf src = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&src, chunk, n);
    fclose(f);
    const char *name = intern_cstr(&S.in, path);
    const char *saved = S.diag.file;
    S.diag.file = name;
    Node *file = parse_file(name, src.s ? src.s : "", src.n, &S.arena, &S.in, &S.diag);
    buf_free(&src);
    Func *fn = NULL;
    if (file && !diag_count(&S.diag))
        fn = compile_entry(g, file);
    flush_diag(g);
    S.diag.file = saved;
    return fn;
}

/* A meta-command; 0 for :quit. An entry to run (:gc, :load) in *run. */
static int meta(G *g, const char *line, Func **run)
{
    const char *arg = line + 1;
    while (*arg && *arg != ' ' && *arg != '\t')
        arg++;
    size_t n = (size_t)(arg - line);
    while (*arg == ' ' || *arg == '\t')
        arg++;
    if (n == 5 && !strncmp(line, ":help", 5)) {
        outs(g, 1, help_text);
    } else if ((n == 5 && !strncmp(line, ":quit", 5)) || (n == 2 && !strncmp(line, ":q", 2))) {
        return 0;
    } else if (n == 5 && !strncmp(line, ":type", 5)) {
        cmd_type(g, arg);
    } else if (n == 5 && !strncmp(line, ":vars", 5)) {
        cmd_vars(g);
    } else if (n == 6 && !strncmp(line, ":reset", 6)) {
        cmd_reset();
    } else if (n == 7 && !strncmp(line, ":disasm", 7)) {
        cmd_disasm(g, arg);
    } else if (n == 3 && !strncmp(line, ":gc", 3)) {
        Node *block = parse_stmts("__repl.GC()", &S.diag);
        *run = block ? compile_entry(g, stmts_file(block, NULL)) : NULL;
    } else if (n == 5 && !strncmp(line, ":load", 5)) {
        *run = cmd_load(g, arg);
    } else {
        Buf b = {0};
        buf_printf(&b, "unknown command %.*s (:help lists them)\n", (int)n, line);
        out(g, 2, b.s, b.n);
        buf_free(&b);
    }
    return 1;
}

/* internal/repl.next: the next entry's function. */
static int repl_next(G *g, Closure **f)
{
    for (;;) {
        char *text = read_entry(g);
        if (!text)
            return 0;
        const char *p = text;
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        if (*p == ':') {
            char *nl = strchr(p, '\n');
            if (nl)
                *nl = 0;
            Func *run = NULL;
            int go_on = meta(g, p, &run);
            free(text);
            if (!go_on)
                return 0;
            if (run) {
                *f = run->static_closure;
                return 1;
            }
            continue;
        }
        Node *file = NULL;
        static const char *const decl_words[] = {"func", "type", "var", "const", "import"};
        Diag declerr;
        diag_init(&declerr, "repl");
        int declish = 0;    /* its errors are the declaration's if both parses fail */
        for (size_t i = 0; i < sizeof decl_words / sizeof decl_words[0] && !file; i++) {
            if (!starts_with_word(p, decl_words[i]))
                continue;
            const char *after = p + strlen(decl_words[i]);
            while (*after == ' ' || *after == '\t')
                after++;
            declish = i > 0 || *after != '(';     /* not a function literal */
            file = parse_decls(text, &declerr);
            if (diag_count(&declerr))
                file = NULL;    /* a statement after all (a function literal, ...) */
        }
        if (!file) {
            Diag stmterr;
            diag_init(&stmterr, "repl");
            Node *block = parse_stmts(text, &stmterr);
            if (!block || diag_count(&stmterr)) {
                Diag *shown = declish && diag_count(&declerr) ? &declerr : &stmterr;
                S.diag.n = 0;
                for (int i = 0; i < shown->n; i++)
                    diag_error(&S.diag, shown->v[i].pos, "%s", shown->v[i].msg);
                diag_free(&stmterr);
                diag_free(&declerr);
                flush_diag(g);
                free(text);
                continue;
            }
            diag_free(&stmterr);
            Node *probe = NULL;
            for (int i = 0; i < block->list.n && !probe; i++)
                if (block->list.v[i]->kind == N_EXPRSTMT && block->list.v[i]->x->kind == N_CALL) {
                    Diag d;
                    diag_init(&d, "repl");
                    probe = parse_stmts(text, &d);
                    diag_free(&d);
                }
            file = stmts_file(block, probe);
        }
        diag_free(&declerr);
        free(text);
        Func *fn = compile_entry(g, file);
        if (fn) {
            *f = fn->static_closure;
            return 1;
        }
    }
}

int repl_main(int argc, char **argv)
{
    S.tty = isatty(0) && isatty(1);
    arena_init(&S.arena);
    intern_init(&S.in, &S.arena);
    diag_init(&S.diag, "repl");
    types_init();
    checker_init(&S.c, &S.arena, &S.in, &S.diag);
    S.c.allow_internal = 1;
    Node *file = parse_file("repl", base_src, sizeof base_src - 1, &S.arena, &S.in, &S.diag);
    S.pkg = file ? check_main(&S.c, file) : NULL;
    S.c.allow_internal = 0;
    if (S.pkg) {
        escape_analyze(&S.c, file, "repl", NULL);
        S.cg = codegen_session(&S.c, S.pkg, &S.diag, "repl");
    }
    if (!S.cg) {
        diag_flush(&S.diag, stderr);
        fprintf(stderr, "golite: the REPL's program does not compile\n");
        return 1;
    }
    S.replpkg = scope_lookup_local(S.pkg->file_scope, intern_cstr(&S.in, "__repl"));
    if (S.tty) {
        /* before libedit initializes: SIGINT is ours (getc_interruptible) */
        rl_catch_signals = 0;
        rl_getc_function = getc_interruptible;
        rl_attempted_completion_function = complete;
        rl_basic_word_break_characters = " \t\n\"\\'`@$><=;|&{(,+-*/%^!)}[]";
        rl_initialize();
        rl_bind_key('\t', rl_complete);
        rl_completion_append_character = '\0';
        sigints_seen = __atomic_load_n(&repl_sigints, __ATOMIC_ACQUIRE);
        const char *home = getenv("HOME");
        if (home && *home) {
            S.histfile = xasprintf("%s/.golite_history", home);
            using_history();
            read_history(S.histfile);
        }
        printf("golite %s — Go, interactively. :help for help, Ctrl-D to leave.\n", GOLITE_VERSION);
        fflush(stdout);
    }
    repl_next_hook = repl_next;
    repl_catch_interrupts = S.tty;
    rt_set_args(argc, argv);
    vm_init();
    sched_main(codegen_session_program(S.cg));
}
