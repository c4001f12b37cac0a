/*
 * fuzz_run.c — libFuzzer target for the whole pipeline: the input is a Go
 * program, compiled as `golite run` compiles it (lexer, parser, checker,
 * escape analysis, code generation) and, when it compiles, run on the
 * runtime in a child process.
 *
 * The compilation happens in the fuzzer's process, so its coverage guides
 * the mutations and the sanitizers watch it; everything it allocates is
 * released before returning. The runtime cannot run twice in one process (a
 * program's end is the process's end, as Go's), so each program that
 * compiles runs in a fork()ed child, under the same sanitizers, with stdin and
 * stdout on /dev/null and stderr in a memory file. The child's verdict:
 *
 *   an exit            the program ended: 0, Go's 2 after a panic or fatal
 *                      error, 1 from log.Fatal. Unless its stderr holds the
 *                      "fatal error:" of one of golite's internal checks
 *                      (fatal() in the compiler, VM or scheduler; Go's own
 *                      fatal texts are fine)
 *   killed by us       it ran past RUN_SECONDS: a program may loop forever, so
 *                      this is not a verdict
 *   anything else      a golite crash: a signal (an abort included) or a
 *                      sanitizer report (its death callback exits with
 *                      SANITIZER_EXIT). The target prints the child's stderr
 *                      and aborts, and libFuzzer keeps the input.
 *
 * Programs that could reach outside the child are rejected before anything
 * runs (the target returns -1, so libFuzzer does not keep them): imports of
 * os, os/exec, syscall, unsafe, ffi, path/filepath, io/ioutil and net, in any
 * quoting. What is left is the language and the pure packages.
 *
 * tests/fuzz/replay.c drives this function without libFuzzer (fuzz_run_replay
 * in every build, over tests/fuzz/run_regress/).
 */
#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

#include "compiler/check.h"
#include "compiler/codegen.h"
#include "compiler/escape.h"
#include "parser/parse.h"
#include "runtime/rt.h"
#include "runtime/sched.h"
#include "util/diag.h"
#include "util/intern.h"
#include "util/mem.h"
#include "vm/vm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { RUN_SECONDS = 3, SANITIZER_EXIT = 86 };

/* compiler-rt's hook, there only in a sanitizer build */
void __sanitizer_set_death_callback(void (*callback)(void)) __attribute__((weak));

static void sanitizer_died(void)
{
    _exit(SANITIZER_EXIT);
}

/* The "fatal error: " texts of golite's internal checks (util/mem.c fatal()
 * callers), as opposed to Go's fatal errors. */
static const char *const internal_fatal[] = {
    "fatal error: codegen:", "fatal error: vm:", "fatal error: flow:", "fatal error: const",
    "fatal error: golite:", "fatal error: runtime: select: bad", "fatal error: runtime: runqputslow",
    "fatal error: runtime: notewakeup", "fatal error: runtime: nested park",
    "fatal error: runtime: goroutine switched", "fatal error: runtime: goready",
    "fatal error: runtime: too many runtime",
};

static const char *const unsafe_paths[] = {
    "os", "os/", "syscall", "unsafe", "ffi", "path/filepath", "io/ioutil", "net", "net/", "internal/",
};

/* Whether src names one of unsafe_paths as a string literal's start (in ""
 * or ``): the only way a program imports a package. Conservative: a string
 * constant "os" rejects the program too. */
static int reaches_outside(const char *src, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        if (src[i] != '"' && src[i] != '`')
            continue;
        for (size_t k = 0; k < sizeof unsafe_paths / sizeof unsafe_paths[0]; k++) {
            size_t n = strlen(unsafe_paths[k]);
            if (i + 1 + n <= len && memcmp(src + i + 1, unsafe_paths[k], n) == 0 &&
                (unsafe_paths[k][n - 1] == '/' ||
                 (i + 1 + n < len && (src[i + 1 + n] == src[i]))))
                return 1;
        }
    }
    return 0;
}

static void crash(const char *why, int errfd)
{
    fprintf(stderr, "fuzz_run: %s; the program's stderr:\n", why);
    char buf[4096];
    ssize_t n;
    lseek(errfd, 0, SEEK_SET);
    while ((n = read(errfd, buf, sizeof buf)) > 0)
        fwrite(buf, 1, (size_t)n, stderr);
    abort();
}

/* Runs p in a child; returns when the child has ended or been killed. */
static void run_child(Program *p)
{
    int errfd = memfd_create("fuzz_run_stderr", 0);
    if (errfd < 0)
        return;
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        close(errfd);
        return;
    }
    if (pid == 0) {
        int null = open("/dev/null", O_RDWR);
        dup2(null, 0);
        dup2(null, 1);
        dup2(errfd, 2);
        /* libFuzzer's handlers are the parent's business */
        signal(SIGALRM, SIG_DFL);
        signal(SIGINT, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        if (__sanitizer_set_death_callback)
            __sanitizer_set_death_callback(sanitizer_died);
        static char *argv[] = {"fuzz.go", NULL};
        rt_set_args(1, argv);
        vm_init();
        sched_main(p);
    }
    /* polls with a growing sleep: most programs end within milliseconds */
    struct timespec start, now, nap = {0, 50000};
    clock_gettime(CLOCK_MONOTONIC, &start);
    int status;
    for (;;) {
        pid_t r = waitpid(pid, &status, WNOHANG);
        if (r == pid)
            break;
        if (r < 0 && errno != EINTR) {
            close(errfd);
            return;
        }
        clock_gettime(CLOCK_MONOTONIC, &now);
        if ((now.tv_sec - start.tv_sec) * 1000000000L + (now.tv_nsec - start.tv_nsec) >=
            RUN_SECONDS * 1000000000L) {
            kill(pid, SIGKILL);
            while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
                ;
            close(errfd);
            return;     /* ran too long: not a verdict */
        }
        nanosleep(&nap, NULL);
        if (nap.tv_nsec < 5000000)
            nap.tv_nsec *= 2;
    }
    if (WIFSIGNALED(status)) {
        char why[64];
        snprintf(why, sizeof why, "the program died of signal %d", WTERMSIG(status));
        crash(why, errfd);
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == SANITIZER_EXIT)
        crash("a sanitizer report", errfd);
    /* the tail of stderr, where a fatal error is */
    char buf[8192 + 1];
    off_t end = lseek(errfd, 0, SEEK_END);
    off_t from = end > 8192 ? end - 8192 : 0;
    ssize_t n = pread(errfd, buf, 8192, from);
    buf[n > 0 ? n : 0] = 0;
    for (size_t k = 0; k < sizeof internal_fatal / sizeof internal_fatal[0]; k++)
        if (memmem(buf, n > 0 ? (size_t)n : 0, internal_fatal[k], strlen(internal_fatal[k])))
            crash("an internal check failed", errfd);
    close(errfd);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *src = (const char *)data;
    if (reaches_outside(src, size))
        return -1;
    Arena arena;
    Interner in;
    Diag diag;
    Checker checker;
    FILE *out = fopen("/dev/null", "w");
    if (!out)
        return 0;
    arena_init(&arena);
    intern_init(&in, &arena);
    diag_init(&diag, "fuzz.go");
    int nsyntax;
    Node *file = parse_file_tree("fuzz.go", src, size, &arena, &in, &diag, &nsyntax);
    if (file && nsyntax == 0 && diag_count(&diag) == 0) {
        types_init();
        checker_init(&checker, &arena, &in, &diag);
        Package *pkg = check_main(&checker, file);
        if (pkg && diag_count(&diag) == 0) {
            escape_analyze(&checker, file, "fuzz.go", NULL);
            Program *p = codegen_program(&checker, pkg, &diag, "fuzz.go");
            if (p && diag_count(&diag) == 0)
                run_child(p);
            codegen_free(p);
        }
        checker_free(&checker);
    }
    diag_flush(&diag, out);
    fclose(out);
    diag_free(&diag);
    intern_free(&in);
    arena_free(&arena);
    return 0;
}
