/*
 * native_os.c — the natives of package os (stdlib/os/os.go holds the Go
 * side: File, Stdout, Args): the command line, exit, writes to a file
 * descriptor and the environment.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/sched.h"
#include "stdlib/native.h"

/* func runtime_args() []string */
static void os_runtime_args(G *g, uint64_t *a)
{
    GoSlice s = rt_args(g);
    a[0] = (uint64_t)(uintptr_t)s.ptr;
    a[1] = (uint64_t)s.len;
    a[2] = (uint64_t)s.cap;
}

/* func Exit(code int): runs no deferred calls; flushes buffered output */
static void os_exit(G *g, uint64_t *a)
{
    (void)g;
    rt_exit((int)(int64_t)a[0]);
}

/* func write(fd uintptr, b []byte) int */
static void os_write(G *g, uint64_t *a)
{
    int fd = (int)a[0];
    GoSlice b = nat_slice(a, 1);
    if (fd == 1 || fd == 2) {
        rt_write(g, fd, b.ptr, (size_t)b.len);
        a[0] = (uint64_t)b.len;
        return;
    }
    int64_t done = 0;
    entersyscall(g);    /* a pipe or a slow device can block: the P may be handed off */
    while (done < b.len) {
        ssize_t w = write(fd, (const char *)b.ptr + done, (size_t)(b.len - done));
        if (w <= 0)
            break;
        done += w;
    }
    exitsyscall(g);
    a[0] = (uint64_t)done;
}

/* func read(fd uintptr, b []byte) (n int, errno int): read(2), retried on EINTR;
 * buffered standard output is flushed first so that a prompt shows before a read */
static void os_read(G *g, uint64_t *a)
{
    int fd = (int)a[0];
    GoSlice b = nat_slice(a, 1);
    rt_flush(g);
    ssize_t r;
    /* a read can block for ever (a terminal, a pipe): the P may be handed
     * to another M meanwhile (sysmon retakes it after 20 µs) */
    entersyscall(g);
    do
        r = read(fd, b.ptr, (size_t)b.len);
    while (r < 0 && errno == EINTR);
    exitsyscall(g);
    a[0] = (uint64_t)(int64_t)(r < 0 ? 0 : r);
    a[1] = (uint64_t)(int64_t)(r < 0 ? errno : 0);
}

/* func strerror(errno int) string: the C library's text, first letter lowered as in
 * Go's syscall.Errno messages */
static void os_strerror(G *g, uint64_t *a)
{
    const char *m = strerror((int)(int64_t)a[0]);
    GoString r = rt_cstring(g, m);
    if (r.len > 0 && r.ptr[0] >= 'A' && r.ptr[0] <= 'Z' && !(r.len > 1 && r.ptr[1] >= 'A' && r.ptr[1] <= 'Z'))
        ((uint8_t *)r.ptr)[0] = (uint8_t)(r.ptr[0] - 'A' + 'a');
    ret_str(a, 0, r);
}

/* func Getenv(key string) string */
static void os_getenv(G *g, uint64_t *a)
{
    GoString k = nat_str(a, 0);
    char *key = malloc((size_t)k.len + 1);
    memcpy(key, k.ptr, (size_t)k.len);
    key[k.len] = 0;
    const char *v = getenv(key);
    free(key);
    GoString r = v ? rt_cstring(g, v) : (GoString){NULL, 0};
    a[0] = (uint64_t)(uintptr_t)r.ptr;
    a[1] = (uint64_t)r.len;
}

const NativeDef natives_os[] = {
    {"os.runtime_args", os_runtime_args},
    {"os.Exit", os_exit},
    {"os.write", os_write},
    {"os.read", os_read},
    {"os.strerror", os_strerror},
    {"os.Getenv", os_getenv},
    {NULL, NULL},
};
