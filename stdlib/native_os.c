/*
 * native_os.c — the natives of package os (stdlib/os/os.go holds the Go
 * side, Go 1.19's own source: File, Open, Stat, ReadDir, RemoveAll, the
 * errors): the command line, exit, the environment and one native per
 * system call. A system call's native returns the errno (0 on success);
 * the Go side makes it a syscall.Errno-like value and wraps it as Go does.
 *
 * Paths arrive as Go strings: one holding a NUL byte gives EINVAL without
 * a call, as Go's syscall.BytePtrFromString does. Calls that can block for
 * long (read and write on pipes and terminals, open of a FIFO, close,
 * fsync, getdents on a slow file system) run in system-call state
 * (entersyscall/exitsyscall): the P is handed to another M meanwhile.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "runtime/sched.h"
#include "stdlib/native.h"

extern char **environ;

/* The environment is shared by every thread: natives reading or changing it
 * hold this lock (Go's syscall.envLock). */
static pthread_rwlock_t env_lock = PTHREAD_RWLOCK_INITIALIZER;

/* A Go string as a C string (malloc'd), or NULL when it holds a NUL byte. */
static char *cstr(GoString s)
{
    if (s.len > 0 && memchr(s.ptr, 0, (size_t)s.len))
        return NULL;
    char *p = malloc((size_t)s.len + 1);
    if (s.len > 0)
        memcpy(p, s.ptr, (size_t)s.len);
    p[s.len] = 0;
    return p;
}

static inline int64_t ival(const uint64_t *a, int i) { return (int64_t)a[i]; }

/* The result of a call returning -1 and errno: the errno, or 0. */
static inline uint64_t err_of(long r) { return r < 0 ? (uint64_t)(int64_t)errno : 0; }

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

/* sysRead's and sysWrite's results when the deadline passed or the file
 * was closed while they waited (os.go's _ETIMEDOUT_DEADLINE, _ECLOSING) */
#define E_DEADLINE (-2)
#define E_CLOSING (-3)

/* How long one ppoll(2) waits before looking whether the file is closing:
 * Close wakes a blocked read or write within this time. */
#define CLOSE_POLL_NS 20000000

static int64_t mono_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Waits until fd is ready for events (a non-blocking descriptor that said
 * EAGAIN), until the monotonic time end (< 0: no limit) or until *closing
 * is set (File.Close; the descriptor stays open until the operation ends).
 * 0, E_DEADLINE, E_CLOSING or an errno. What Go's runtime poller does for
 * pollable files, with the thread in the kernel instead of the goroutine
 * parked. */
static int wait_fd(int fd, short events, int64_t end, const int32_t *closing)
{
    for (;;) {
        if (__atomic_load_n(closing, __ATOMIC_ACQUIRE))
            return E_CLOSING;
        struct pollfd p = {.fd = fd, .events = events};
        int64_t left = CLOSE_POLL_NS;
        if (end >= 0) {
            left = end - mono_ns();
            if (left <= 0)
                return E_DEADLINE;
            if (left > CLOSE_POLL_NS)
                left = CLOSE_POLL_NS;
        }
        struct timespec ts = {(time_t)(left / 1000000000), (long)(left % 1000000000)};
        int r = ppoll(&p, 1, &ts, NULL);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return errno;
        if (r > 0)
            return 0;   /* ready, or hung up / in error: the retried call says which */
        /* r == 0: the slice or the deadline passed; look again */
    }
}

/* The monotonic end of a wait of timeout nanoseconds (< 0: no limit). */
static int64_t deadline_of(int64_t timeout)
{
    return timeout < 0 ? -1 : mono_ns() + timeout;
}

/* func sysRead(fd int, b []byte, flush bool, timeout int64, closing *int32) (n int, e int):
 * read(2), retried on EINTR, waiting on EAGAIN (a non-blocking descriptor)
 * until input or the timeout; with flush, buffered standard output is
 * written first so that a prompt shows before a read from a terminal or a
 * pipe */
static void os_read(G *g, uint64_t *a)
{
    int fd = (int)ival(a, 0);
    GoSlice b = nat_slice(a, 1);
    int flush = (int)(a[4] & 1);
    int64_t end = deadline_of(ival(a, 5));
    const int32_t *closing = (const int32_t *)(uintptr_t)a[6];
    if (flush)
        rt_flush(g);
    ssize_t r;
    int e = 0;
    /* a read can block for ever (a terminal, a pipe): the P may be handed
     * to another M meanwhile (sysmon retakes it after 20 µs) */
    entersyscall(g);
    for (;;) {
        r = read(fd, b.ptr, (size_t)b.len);
        if (r >= 0)
            break;
        e = errno;
        if (e == EINTR)
            continue;
        if (e == EAGAIN && (e = wait_fd(fd, POLLIN, end, closing)) == 0)
            continue;
        break;
    }
    exitsyscall(g);
    a[0] = (uint64_t)(int64_t)(r < 0 ? 0 : r);
    a[1] = (uint64_t)(int64_t)(r < 0 ? e : 0);
}

/* write(2) with SIGPIPE blocked in this thread: a write to a pipe or socket
 * whose reader is gone returns EPIPE, and the signal it raised is taken back
 * (Go's runtime kills the process for SIGPIPE only on descriptors 1 and 2). */
static ssize_t write_nosigpipe(int fd, const void *p, size_t n)
{
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &set, &old);
    ssize_t w = write(fd, p, n);
    int e = errno;
    if (w < 0 && e == EPIPE) {
        struct timespec zero = {0, 0};
        while (sigtimedwait(&set, NULL, &zero) < 0 && errno == EINTR)
            ;
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    errno = e;
    return w;
}

/* func sysWrite(fd int, b []byte, pipe bool, timeout int64, closing *int32) (n int, e int):
 * internal/poll's FD.Write — write(2) until everything is written or an
 * error (EINTR retried, EAGAIN waited for until the timeout); e is -1 when
 * write returned 0. pipe: the descriptor may be a pipe or socket (not a
 * regular file), where EPIPE must not kill the process. Descriptors 1 and 2
 * go through golite's buffered standard output (runtime/panic.c), which
 * keeps the order with print and fmt; before a write to another descriptor
 * that buffer is flushed. */
static void os_write(G *g, uint64_t *a)
{
    int fd = (int)ival(a, 0);
    GoSlice b = nat_slice(a, 1);
    int pipe = (int)(a[4] & 1);
    int64_t end = deadline_of(ival(a, 5));
    const int32_t *closing = (const int32_t *)(uintptr_t)a[6];
    if (fd == 1 || fd == 2) {
        rt_write(g, fd, b.ptr, (size_t)b.len);
        a[0] = (uint64_t)b.len;
        a[1] = 0;
        return;
    }
    rt_flush(g);
    int64_t done = 0;
    int e = 0;
    entersyscall(g);    /* a pipe or a slow device can block: the P may be handed off */
    for (;;) {
        int64_t max = b.len - done;
        if (max > (1 << 30))
            max = 1 << 30;
        const char *p = (const char *)b.ptr + done;
        ssize_t w = pipe ? write_nosigpipe(fd, p, (size_t)max) : write(fd, p, (size_t)max);
        int we = w < 0 ? errno : 0;
        if (we == EINTR)
            continue;
        if (w > 0)
            done += w;
        if (done == b.len) {
            e = we;
            break;
        }
        if (we == EAGAIN && (we = wait_fd(fd, POLLOUT, end, closing)) == 0)
            continue;
        if (w < 0) {
            e = we;
            break;
        }
        if (w == 0) {
            e = -1;
            break;
        }
    }
    exitsyscall(g);
    a[0] = (uint64_t)done;
    a[1] = (uint64_t)(int64_t)e;
}

/* One epoll instance, only to ask whether the kernel polls a descriptor. */
static int poll_probe_fd = -1;
static pthread_once_t poll_probe_once = PTHREAD_ONCE_INIT;

static void poll_probe_init(void)
{
    poll_probe_fd = epoll_create1(EPOLL_CLOEXEC);
}

/* func sysPollable(fd int) bool: internal/poll's FD.Init — epoll accepts the
 * descriptor (not a regular file, a directory, /dev/null...); it is then
 * made non-blocking, as Go's poller does */
static void os_pollable(G *g, uint64_t *a)
{
    (void)g;
    int fd = (int)ival(a, 0);
    pthread_once(&poll_probe_once, poll_probe_init);
    int ok = 0;
    if (poll_probe_fd >= 0) {
        struct epoll_event ev = {.events = EPOLLIN | EPOLLOUT};
        if (epoll_ctl(poll_probe_fd, EPOLL_CTL_ADD, fd, &ev) == 0) {
            epoll_ctl(poll_probe_fd, EPOLL_CTL_DEL, fd, &ev);
            int fl = fcntl(fd, F_GETFL);
            ok = fl >= 0 && fcntl(fd, F_SETFL, fl | O_NONBLOCK) == 0;
        }
    }
    a[0] = (uint64_t)ok;
}

/* func sysIsNonblock(fd int) bool */
static void os_isnonblock(G *g, uint64_t *a)
{
    (void)g;
    int fl = fcntl((int)ival(a, 0), F_GETFL);
    a[0] = fl >= 0 && (fl & O_NONBLOCK);
}

/* func sysSetBlocking(fd int) (e int) */
static void os_setblocking(G *g, uint64_t *a)
{
    (void)g;
    int fd = (int)ival(a, 0);
    int fl = fcntl(fd, F_GETFL);
    a[0] = err_of(fl < 0 ? -1 : fcntl(fd, F_SETFL, fl & ~O_NONBLOCK));
}

/* func sysPread(fd int, b []byte, off int64) (n int, e int) */
static void os_pread(G *g, uint64_t *a)
{
    int fd = (int)ival(a, 0);
    GoSlice b = nat_slice(a, 1);
    off_t off = (off_t)ival(a, 4);
    entersyscall(g);
    ssize_t r = pread(fd, b.ptr, (size_t)b.len, off);
    int e = r < 0 ? errno : 0;
    exitsyscall(g);
    a[0] = (uint64_t)(int64_t)(r < 0 ? 0 : r);
    a[1] = (uint64_t)(int64_t)e;
}

/* func sysPwrite(fd int, b []byte, off int64) (n int, e int): one pwrite(2) */
static void os_pwrite(G *g, uint64_t *a)
{
    int fd = (int)ival(a, 0);
    GoSlice b = nat_slice(a, 1);
    off_t off = (off_t)ival(a, 4);
    entersyscall(g);
    ssize_t r = pwrite(fd, b.ptr, (size_t)b.len, off);
    int e = r < 0 ? errno : 0;
    exitsyscall(g);
    a[0] = (uint64_t)(int64_t)(r < 0 ? 0 : r);
    a[1] = (uint64_t)(int64_t)e;
}

/* func sysSeek(fd int, offset int64, whence int) (ret int64, e int) */
static void os_seek(G *g, uint64_t *a)
{
    (void)g;
    off_t r = lseek((int)ival(a, 0), (off_t)ival(a, 1), (int)ival(a, 2));
    a[0] = (uint64_t)(int64_t)(r < 0 ? 0 : r);
    a[1] = err_of(r);
}

/* func sysOpenat(dirfd int, name string, flag int, perm uint32) (fd int, e int, regular bool) */
static void os_openat(G *g, uint64_t *a)
{
    int dirfd = (int)ival(a, 0);
    char *p = cstr(nat_str(a, 1));
    int flag = (int)ival(a, 3);
    mode_t perm = (mode_t)(uint32_t)a[4];
    if (!p) {
        a[0] = (uint64_t)-1;
        a[1] = EINVAL;
        a[2] = 0;
        return;
    }
    entersyscall(g);    /* opening a FIFO waits for the other end */
    int fd = openat(dirfd, p, flag | O_CLOEXEC, perm);
    int e = fd < 0 ? errno : 0;
    exitsyscall(g);
    free(p);
    int regular = 0;
    struct stat st;
    if (fd >= 0 && fstat(fd, &st) == 0)
        regular = S_ISREG(st.st_mode) || S_ISDIR(st.st_mode);
    a[0] = (uint64_t)(int64_t)fd;
    a[1] = (uint64_t)(int64_t)e;
    a[2] = (uint64_t)regular;
}

/* func sysClose(fd int) (e int): standard output's buffer is written before
 * descriptor 1 or 2 goes */
static void os_close(G *g, uint64_t *a)
{
    int fd = (int)ival(a, 0);
    if (fd == 1 || fd == 2)
        rt_flush(g);
    entersyscall(g);
    int r = close(fd);
    int e = r < 0 ? errno : 0;
    exitsyscall(g);
    a[0] = (uint64_t)(int64_t)(e == EINTR ? 0 : e);    /* Linux closed it anyway */
}

/* The Go side's stat_t is the kernel's struct stat for x86-64 (syscall.Stat_t). */
_Static_assert(sizeof(struct stat) == 144, "struct stat is syscall.Stat_t's 144 bytes");

/* func sysFstat(fd int, st *stat_t) (e int) */
static void os_fstat(G *g, uint64_t *a)
{
    (void)g;
    struct stat *st = (struct stat *)(uintptr_t)a[1];
    a[0] = err_of(fstat((int)ival(a, 0), st));
}

/* func sysFstatat(dirfd int, name string, st *stat_t, flags int) (e int) */
static void os_fstatat(G *g, uint64_t *a)
{
    (void)g;
    char *p = cstr(nat_str(a, 1));
    struct stat *st = (struct stat *)(uintptr_t)a[3];
    if (!p) {
        a[0] = EINVAL;
        return;
    }
    a[0] = err_of(fstatat((int)ival(a, 0), p, st, (int)ival(a, 4)));
    free(p);
}

/* func sysGetdents(fd int, buf []byte) (n int, e int): getdents64(2) */
static void os_getdents(G *g, uint64_t *a)
{
    int fd = (int)ival(a, 0);
    GoSlice b = nat_slice(a, 1);
    entersyscall(g);
    long r = syscall(SYS_getdents64, fd, b.ptr, (size_t)b.len);
    int e = r < 0 ? errno : 0;
    exitsyscall(g);
    a[0] = (uint64_t)(int64_t)(r < 0 ? 0 : r);
    a[1] = (uint64_t)(int64_t)e;
}

/* func sysUnlinkat(dirfd int, name string, flags int) (e int) */
static void os_unlinkat(G *g, uint64_t *a)
{
    (void)g;
    char *p = cstr(nat_str(a, 1));
    if (!p) {
        a[0] = EINVAL;
        return;
    }
    a[0] = err_of(unlinkat((int)ival(a, 0), p, (int)ival(a, 3)));
    free(p);
}

/* One path and a mode or other integers: mkdir, chmod, chown, truncate, chdir. */
static void os_path_call(uint64_t *a, int which)
{
    char *p = cstr(nat_str(a, 0));
    if (!p) {
        a[0] = EINVAL;
        return;
    }
    long r = 0;
    switch (which) {
    case 0: r = mkdir(p, (mode_t)(uint32_t)a[2]); break;
    case 1: r = chmod(p, (mode_t)(uint32_t)a[2]); break;
    case 2: r = fchownat(AT_FDCWD, p, (uid_t)ival(a, 2), (gid_t)ival(a, 3), (int)ival(a, 4)); break;
    case 3: r = truncate(p, (off_t)ival(a, 2)); break;
    case 4: r = chdir(p); break;
    }
    a[0] = err_of(r);
    free(p);
}

/* func sysMkdir(name string, mode uint32) (e int) */
static void os_mkdir(G *g, uint64_t *a) { (void)g; os_path_call(a, 0); }
/* func sysChmod(name string, mode uint32) (e int) */
static void os_chmod(G *g, uint64_t *a) { (void)g; os_path_call(a, 1); }
/* func sysChown(name string, uid, gid int, flags int) (e int) */
static void os_chown(G *g, uint64_t *a) { (void)g; os_path_call(a, 2); }
/* func sysTruncate(name string, size int64) (e int) */
static void os_truncate(G *g, uint64_t *a) { (void)g; os_path_call(a, 3); }
/* func sysChdir(name string) (e int) */
static void os_chdir(G *g, uint64_t *a) { (void)g; os_path_call(a, 4); }

/* Two paths: rename, link, symlink. */
static void os_two_paths(uint64_t *a, int which)
{
    char *o = cstr(nat_str(a, 0)), *n = cstr(nat_str(a, 2));
    long r = 0;
    if (!o || !n) {
        free(o);
        free(n);
        a[0] = EINVAL;
        return;
    }
    switch (which) {
    case 0: r = rename(o, n); break;
    case 1: r = linkat(AT_FDCWD, o, AT_FDCWD, n, 0); break;
    case 2: r = symlink(o, n); break;
    }
    a[0] = err_of(r);
    free(o);
    free(n);
}

/* func sysRename(oldpath, newpath string) (e int) */
static void os_rename(G *g, uint64_t *a) { (void)g; os_two_paths(a, 0); }
/* func sysLink(oldpath, newpath string) (e int) */
static void os_link(G *g, uint64_t *a) { (void)g; os_two_paths(a, 1); }
/* func sysSymlink(oldpath, newpath string) (e int) */
static void os_symlink(G *g, uint64_t *a) { (void)g; os_two_paths(a, 2); }

/* func sysReadlink(name string, buf []byte) (n int, e int) */
static void os_readlink(G *g, uint64_t *a)
{
    (void)g;
    char *p = cstr(nat_str(a, 0));
    GoSlice b = nat_slice(a, 2);
    if (!p) {
        a[0] = 0;
        a[1] = EINVAL;
        return;
    }
    ssize_t r = readlink(p, b.ptr, (size_t)b.len);
    a[1] = err_of(r);
    a[0] = (uint64_t)(int64_t)(r < 0 ? 0 : r);
    free(p);
}

/* func sysFchmod(fd int, mode uint32) (e int) */
static void os_fchmod(G *g, uint64_t *a)
{
    (void)g;
    a[0] = err_of(fchmod((int)ival(a, 0), (mode_t)(uint32_t)a[1]));
}

/* func sysFchown(fd int, uid, gid int) (e int) */
static void os_fchown(G *g, uint64_t *a)
{
    (void)g;
    a[0] = err_of(fchown((int)ival(a, 0), (uid_t)ival(a, 1), (gid_t)ival(a, 2)));
}

/* func sysUtimensat(name string, asec, ansec, msec, mnsec int64) (e int) */
static void os_utimensat(G *g, uint64_t *a)
{
    (void)g;
    char *p = cstr(nat_str(a, 0));
    if (!p) {
        a[0] = EINVAL;
        return;
    }
    struct timespec ts[2] = {{(time_t)ival(a, 2), (long)ival(a, 3)}, {(time_t)ival(a, 4), (long)ival(a, 5)}};
    a[0] = err_of(utimensat(AT_FDCWD, p, ts, 0));
    free(p);
}

/* func sysFtruncate(fd int, size int64) (e int) */
static void os_ftruncate(G *g, uint64_t *a)
{
    (void)g;
    a[0] = err_of(ftruncate((int)ival(a, 0), (off_t)ival(a, 1)));
}

/* func sysFsync(fd int) (e int) */
static void os_fsync(G *g, uint64_t *a)
{
    int fd = (int)ival(a, 0);
    if (fd == 1 || fd == 2)
        rt_flush(g);
    entersyscall(g);
    int r = fsync(fd);
    int e = r < 0 ? errno : 0;
    exitsyscall(g);
    a[0] = (uint64_t)(int64_t)e;
}

/* func sysFchdir(fd int) (e int) */
static void os_fchdir(G *g, uint64_t *a)
{
    (void)g;
    a[0] = err_of(fchdir((int)ival(a, 0)));
}

/* func sysGetwd() (dir string, e int): Go's syscall.Getwd (a PathMax buffer;
 * ENOENT when the kernel returns a path that is not absolute, "(unreachable)") */
static void os_getwd(G *g, uint64_t *a)
{
    char buf[4096];
    long n = syscall(SYS_getcwd, buf, sizeof buf);
    if (n < 0) {
        int e = errno;
        ret_str(a, 0, (GoString){NULL, 0});
        a[2] = (uint64_t)(int64_t)e;
        return;
    }
    int e = 0;
    if (n < 1 || n > (long)sizeof buf || buf[n - 1] != 0)
        e = EINVAL;
    else if (buf[0] != '/')
        e = ENOENT;
    ret_str(a, 0, e ? (GoString){NULL, 0} : rt_string(g, buf, (size_t)n - 1));
    a[2] = (uint64_t)(int64_t)e;
}

/* func sysPipe2(flags int) (r int, w int, e int) */
static void os_pipe2(G *g, uint64_t *a)
{
    (void)g;
    int p[2] = {-1, -1};
    int r = pipe2(p, (int)ival(a, 0));
    a[2] = err_of(r);
    a[0] = (uint64_t)(int64_t)p[0];
    a[1] = (uint64_t)(int64_t)p[1];
}

/* func sysGetgroups(buf []int) (n int, e int): getgroups(2) into buf (the
 * count alone when buf is empty) */
static void os_getgroups(G *g, uint64_t *a)
{
    (void)g;
    GoSlice b = nat_slice(a, 0);
    int n = (int)(b.len > INT_MAX ? INT_MAX : b.len);
    gid_t *tmp = n ? malloc((size_t)n * sizeof(gid_t)) : NULL;
    int r = getgroups(n, tmp);
    int e = r < 0 ? errno : 0;
    for (int i = 0; i < r && i < n; i++)
        ((int64_t *)b.ptr)[i] = (int64_t)tmp[i];
    free(tmp);
    a[0] = (uint64_t)(int64_t)(r < 0 ? 0 : r);
    a[1] = (uint64_t)(int64_t)e;
}

/* func sysUname() (nodename string, e int) */
static void os_uname(G *g, uint64_t *a)
{
    struct utsname u;
    if (uname(&u) < 0) {
        int e = errno;
        ret_str(a, 0, (GoString){NULL, 0});
        a[2] = (uint64_t)(int64_t)e;
        return;
    }
    ret_str(a, 0, rt_cstring(g, u.nodename));
    a[2] = 0;
}

static void os_getpid(G *g, uint64_t *a) { (void)g; a[0] = (uint64_t)(int64_t)getpid(); }
static void os_getppid(G *g, uint64_t *a) { (void)g; a[0] = (uint64_t)(int64_t)getppid(); }
static void os_getuid(G *g, uint64_t *a) { (void)g; a[0] = (uint64_t)(int64_t)getuid(); }
static void os_geteuid(G *g, uint64_t *a) { (void)g; a[0] = (uint64_t)(int64_t)geteuid(); }
static void os_getgid(G *g, uint64_t *a) { (void)g; a[0] = (uint64_t)(int64_t)getgid(); }
static void os_getegid(G *g, uint64_t *a) { (void)g; a[0] = (uint64_t)(int64_t)getegid(); }

/* func fastrand() uint32 */
static void os_fastrand(G *g, uint64_t *a)
{
    (void)g;
    a[0] = rt_fastrand();
}

/* func strerror(errno int) string: the C library's text, first letter lowered as in
 * Go's syscall.Errno messages */
static void os_strerror(G *g, uint64_t *a)
{
    char buf[256];
    const char *m = strerror_r((int)(int64_t)a[0], buf, sizeof buf);
    GoString r = rt_cstring(g, m);
    if (r.len > 0 && r.ptr[0] >= 'A' && r.ptr[0] <= 'Z' && !(r.len > 1 && r.ptr[1] >= 'A' && r.ptr[1] <= 'Z'))
        ((uint8_t *)r.ptr)[0] = (uint8_t)(r.ptr[0] - 'A' + 'a');
    ret_str(a, 0, r);
}

/* func sysLookupEnv(key string) (value string, found bool): the Go side has
 * ruled out keys holding '=' or NUL */
static void os_lookupenv(G *g, uint64_t *a)
{
    char *key = cstr(nat_str(a, 0));
    const char *v = NULL;
    GoString r = {NULL, 0};
    pthread_rwlock_rdlock(&env_lock);
    if (key && (v = getenv(key)) != NULL)
        r = rt_cstring(g, v);
    pthread_rwlock_unlock(&env_lock);
    free(key);
    ret_str(a, 0, r);
    a[2] = v != NULL;
}

/* func sysSetenv(key, value string) (e int): the Go side has checked both */
static void os_setenv(G *g, uint64_t *a)
{
    (void)g;
    char *k = cstr(nat_str(a, 0)), *v = cstr(nat_str(a, 2));
    int r = EINVAL;
    if (k && v) {
        pthread_rwlock_wrlock(&env_lock);
        r = setenv(k, v, 1) < 0 ? errno : 0;
        pthread_rwlock_unlock(&env_lock);
    }
    free(k);
    free(v);
    a[0] = (uint64_t)(int64_t)r;
}

/* func sysUnsetenv(key string) */
static void os_unsetenv(G *g, uint64_t *a)
{
    (void)g;
    char *k = cstr(nat_str(a, 0));
    if (k) {
        pthread_rwlock_wrlock(&env_lock);
        unsetenv(k);
        pthread_rwlock_unlock(&env_lock);
    }
    free(k);
}

/* func sysClearenv() */
static void os_clearenv(G *g, uint64_t *a)
{
    (void)g;
    (void)a;
    pthread_rwlock_wrlock(&env_lock);
    clearenv();
    pthread_rwlock_unlock(&env_lock);
}

/* func sysEnviron() []string: a copy, never nil */
static void os_environ(G *g, uint64_t *a)
{
    pthread_rwlock_rdlock(&env_lock);
    int64_t n = 0;
    for (char **e = environ; e && *e; e++)
        n++;
    GoString *s = natives_make_strings(g, n);
    for (int64_t i = 0; i < n; i++)
        s[i] = rt_cstring(g, environ[i]);
    pthread_rwlock_unlock(&env_lock);
    ret_slice(a, 0, (GoSlice){s, n, n});
}

const NativeDef natives_os[] = {
    {"os.runtime_args", os_runtime_args},
    {"os.Exit", os_exit},
    {"os.sysRead", os_read},
    {"os.sysWrite", os_write},
    {"os.sysPread", os_pread},
    {"os.sysPwrite", os_pwrite},
    {"os.sysSeek", os_seek},
    {"os.sysPollable", os_pollable},
    {"os.sysIsNonblock", os_isnonblock},
    {"os.sysSetBlocking", os_setblocking},
    {"os.sysOpenat", os_openat},
    {"os.sysClose", os_close},
    {"os.sysFstat", os_fstat},
    {"os.sysFstatat", os_fstatat},
    {"os.sysGetdents", os_getdents},
    {"os.sysUnlinkat", os_unlinkat},
    {"os.sysMkdir", os_mkdir},
    {"os.sysRename", os_rename},
    {"os.sysLink", os_link},
    {"os.sysSymlink", os_symlink},
    {"os.sysReadlink", os_readlink},
    {"os.sysChmod", os_chmod},
    {"os.sysFchmod", os_fchmod},
    {"os.sysChown", os_chown},
    {"os.sysFchown", os_fchown},
    {"os.sysUtimensat", os_utimensat},
    {"os.sysTruncate", os_truncate},
    {"os.sysFtruncate", os_ftruncate},
    {"os.sysFsync", os_fsync},
    {"os.sysChdir", os_chdir},
    {"os.sysFchdir", os_fchdir},
    {"os.sysGetwd", os_getwd},
    {"os.sysPipe2", os_pipe2},
    {"os.sysGetgroups", os_getgroups},
    {"os.sysUname", os_uname},
    {"os.sysLookupEnv", os_lookupenv},
    {"os.sysSetenv", os_setenv},
    {"os.sysUnsetenv", os_unsetenv},
    {"os.sysClearenv", os_clearenv},
    {"os.sysEnviron", os_environ},
    {"os.Getpid", os_getpid},
    {"os.Getppid", os_getppid},
    {"os.Getuid", os_getuid},
    {"os.Geteuid", os_geteuid},
    {"os.Getgid", os_getgid},
    {"os.Getegid", os_getegid},
    {"os.fastrand", os_fastrand},
    {"os.strerror", os_strerror},
    {NULL, NULL},
};
