/*
 * native_repl.c — the natives of internal/repl, the REPL's entry loop
 * (stdlib/internal/repl/repl.go): next hands over to the REPL front end
 * (cli/repl.c sets repl_next_hook), report prints a panic an entry did not
 * recover, waitInterrupt and interrupt carry Ctrl-C to the entry running.
 *
 * Ctrl-C (a terminal session only: SIGINT posts a semaphore the watcher
 * goroutine waits on) interrupts the entry the loop goroutine runs. If it
 * is running or runnable, G.interrupt makes it panic with "interrupted" at
 * its next safepoint (vm/interp.c), which the loop's recover reports. If it
 * is blocked (a receive nobody will send to, a sleep), it cannot be taken
 * out of its wait queue safely: it is left waiting, marked abandoned, and a
 * new loop goroutine takes the session on; should the old one ever wake,
 * its entry finishes in the background and the goroutine ends at its next
 * call of next.
 */
#include "runtime/runtime.h"
#include "runtime/sched.h"
#include "stdlib/native.h"

#include <errno.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <time.h>

int (*repl_next_hook)(G *g, Closure **f);
int repl_catch_interrupts;      /* set by cli/repl.c on a terminal */

static sem_t intr_sem;
static int intr_ready;
static G *loop_g;               /* the goroutine that runs the entries */
static uint32_t entry_running;  /* atomic: loop_g is in an entry */
static G *abandoned[64];        /* loops left blocked in an entry */
static int nabandoned;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

/* Shared with the signal handler, which may run on any thread: atomics. */
int repl_sigints;               /* Ctrl-Cs so far, for the line reader (cli/repl.c) */
int repl_reading;               /* the line reader waits in read() on repl_reader */
pthread_t repl_reader;
static int forwarded;

/* Any thread may take the signal; the reader's read() must see EINTR, so
 * it is sent on to that thread (and counted once). */
static void on_sigint(int sig)
{
    pthread_t reader = __atomic_load_n(&repl_reader, __ATOMIC_ACQUIRE);
    int self = pthread_equal(pthread_self(), reader);
    if (self && __atomic_exchange_n(&forwarded, 0, __ATOMIC_ACQ_REL))
        return;
    __atomic_add_fetch(&repl_sigints, 1, __ATOMIC_ACQ_REL);
    sem_post(&intr_sem);
    if (!self && __atomic_load_n(&repl_reading, __ATOMIC_ACQUIRE)) {
        __atomic_store_n(&forwarded, 1, __ATOMIC_RELEASE);
        pthread_kill(reader, sig);
    }
}

/* func next() func() */
static void repl_next(G *g, uint64_t *a)
{
    pthread_mutex_lock(&lock);
    int gone = 0;
    for (int i = 0; i < nabandoned; i++)
        gone |= abandoned[i] == g;
    if (!gone)
        loop_g = g;
    pthread_mutex_unlock(&lock);
    if (gone)
        rt_goexit(g);
    __atomic_store_n(&entry_running, 0, __ATOMIC_RELEASE);
    if (repl_catch_interrupts && !__atomic_load_n(&intr_ready, __ATOMIC_ACQUIRE)) {
        sem_init(&intr_sem, 0, 0);
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_sigint;
        sigemptyset(&sa.sa_mask);
        sigaction(SIGINT, &sa, NULL);
        __atomic_store_n(&intr_ready, 1, __ATOMIC_RELEASE);     /* the watcher may wait now */
    }
    Closure *f = NULL;
    if (!repl_next_hook || !repl_next_hook(g, &f))
        rt_exit(0);
    __atomic_store_n(&entry_running, 1, __ATOMIC_RELEASE);
    a[0] = (uint64_t)(uintptr_t)f;
}

/* func report(v any) */
static void repl_report(G *g, uint64_t *a)
{
    GoEface v = { (const RType *)(uintptr_t)a[0], (void *)(uintptr_t)a[1] };
    Buf b = {0};
    if (rt_is_interrupt(v)) {
        buf_puts(&b, "interrupted\n");
    } else {
        buf_puts(&b, "panic: ");
        rt_print_panic_value(g, &b, v);
        buf_putc(&b, '\n');
    }
    rt_write(g, 2, b.s, b.n);
    buf_free(&b);
}

/* func waitInterrupt() bool */
static void repl_wait_interrupt(G *g, uint64_t *a)
{
    a[0] = repl_catch_interrupts != 0;
    if (!a[0])
        return;
    entersyscall(g);
    while (!__atomic_load_n(&intr_ready, __ATOMIC_ACQUIRE) || sem_wait(&intr_sem) != 0) {
        if (!__atomic_load_n(&intr_ready, __ATOMIC_ACQUIRE)) {
            struct timespec ts = {0, 10 * 1000 * 1000};
            nanosleep(&ts, NULL);
        }
    }
    exitsyscall(g);
}

/* func interrupt() bool */
static void repl_interrupt(G *g, uint64_t *a)
{
    a[0] = 0;
    pthread_mutex_lock(&lock);
    G *eg = loop_g;
    if (!eg || !__atomic_load_n(&entry_running, __ATOMIC_ACQUIRE)) {
        pthread_mutex_unlock(&lock);
        return;     /* at the prompt: the line reader's business */
    }
    uint32_t st = __atomic_load_n(&eg->status, __ATOMIC_ACQUIRE);
    if (st == GS_RUNNING || st == GS_RUNNABLE) {
        __atomic_store_n(&eg->interrupt, 1, __ATOMIC_RELEASE);
        __atomic_store_n(&eg->preempt, 1, __ATOMIC_RELEASE);
        pthread_mutex_unlock(&lock);
        return;
    }
    if (nabandoned < (int)(sizeof abandoned / sizeof abandoned[0]))
        abandoned[nabandoned++] = eg;
    loop_g = NULL;
    __atomic_store_n(&entry_running, 0, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&lock);
    static const char msg[] = "interrupted (the entry was blocked: it is left waiting)\n";
    rt_write(g, 2, msg, sizeof msg - 1);
    a[0] = 1;
}

const NativeDef natives_repl[] = {
    {"internal/repl.next", repl_next},
    {"internal/repl.report", repl_report},
    {"internal/repl.waitInterrupt", repl_wait_interrupt},
    {"internal/repl.interrupt", repl_interrupt},
    {NULL, NULL},
};
