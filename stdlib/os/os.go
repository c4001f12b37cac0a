// Package os: the API golite's type checker sees for import "os".
//
// Names, signatures and constant values are Go 1.19's (src/os, Copyright The Go
// Authors, BSD-style licence). The bodies are Go 1.19's own source for linux/amd64
// (file.go, file_posix.go, file_unix.go, dir.go, dir_unix.go, stat_*.go, types*.go,
// error*.go, env.go, path*.go, removeall_at.go, tempfile.go, getwd.go, proc.go,
// sys_linux.go, pipe2_unix.go, executable_procfs.go), with syscall and internal/poll
// replaced by the unexported natives below (stdlib/native_os.c): each makes one system
// call and returns the errno, 0 on success, which the Go side turns into errno values
// (golite's syscall.Errno).
//
// Constant values are Linux's (O_* flags), as on linux/amd64.
package os

import (
	"errors"
	"io"
	"io/fs"
	"runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// Flags to OpenFile wrapping those of the underlying system.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// Seek whence values.
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

// DevNull is the name of the operating system's “null device.” On Unix-like systems, it is
// "/dev/null"; on Windows, "NUL".
const DevNull = "/dev/null"

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
)

// The defined file mode bits are the most significant bits of the FileMode.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// Portable analogs of some common system call errors.
var (
	ErrInvalid          = fs.ErrInvalid       // "invalid argument"
	ErrPermission       = fs.ErrPermission    // "permission denied"
	ErrExist            = fs.ErrExist         // "file already exists"
	ErrNotExist         = fs.ErrNotExist      // "file does not exist"
	ErrClosed           = fs.ErrClosed        // "file already closed"
	ErrNoDeadline       = errNoDeadline()     // "file type does not support deadline"
	ErrDeadlineExceeded = errDeadlineExceeded // "i/o timeout"
)

// Go: internal/poll's ErrNoDeadline, ErrFileClosing and DeadlineExceededError.
var (
	errNoDeadlineVal          = errors.New("file type does not support deadline")
	errFileClosing            = errors.New("use of closed file")
	errDeadlineExceeded error = &deadlineExceededError{}
)

func errNoDeadline() error { return errNoDeadlineVal }

// deadlineExceededError is Go's internal/poll.DeadlineExceededError.
type deadlineExceededError struct{}

func (e *deadlineExceededError) Error() string   { return "i/o timeout" }
func (e *deadlineExceededError) Timeout() bool   { return true }
func (e *deadlineExceededError) Temporary() bool { return true }

// Stdin, Stdout, and Stderr are open Files pointing to the standard input, standard output, and
// standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtime_args()

// runtime_args is golite's: the command line (native).
func runtime_args() []string

// ---- golite's system calls (stdlib/native_os.c) ----
//
// Each returns the errno (e), 0 on success. A path holding a NUL byte gives EINVAL, as Go's
// syscall.BytePtrFromString does. Calls that may block (read, write, open, close, fsync,
// getdents) run in system-call state: the P is handed off meanwhile.

// sysRead is read(2), retried on EINTR; flush: standard output's buffer is written first
// (a prompt shows before a read from a terminal or a pipe). On a non-blocking descriptor
// it waits with ppoll(2) for input, at most timeout nanoseconds (< 0: no limit); e is
// _ETIMEDOUT_DEADLINE when that time passed, _ECLOSING when *closing became non-zero
// meanwhile (Close was called).
func sysRead(fd int, b []byte, flush bool, timeout int64, closing *int32) (n int, e int)

// sysWrite is internal/poll's FD.Write: write(2) until b is written or an error; e is -1
// when write returned 0 (io.ErrUnexpectedEOF). pipe: not a regular file, so EPIPE is
// returned rather than killing the process. A non-blocking descriptor is waited for as in
// sysRead. Descriptors 1 and 2 go through golite's buffered standard output.
func sysWrite(fd int, b []byte, pipe bool, timeout int64, closing *int32) (n int, e int)

// sysPollable is internal/poll's FD.Init for a pollable kind: it reports whether
// epoll(7) accepts the descriptor (pipes, FIFOs, sockets, terminals; not regular files)
// and then makes it non-blocking, as Go's runtime poller does.
func sysPollable(fd int) bool

// sysIsNonblock reports whether O_NONBLOCK is set (internal/syscall/unix.IsNonblock).
func sysIsNonblock(fd int) bool

// sysSetBlocking clears O_NONBLOCK.
func sysSetBlocking(fd int) (e int)

func sysPread(fd int, b []byte, off int64) (n int, e int)
func sysPwrite(fd int, b []byte, off int64) (n int, e int)
func sysSeek(fd int, offset int64, whence int) (ret int64, e int)

// sysOpenat is openat(2) with O_CLOEXEC added, retried on EINTR; regular: the descriptor is
// a regular file or a directory.
func sysOpenat(dirfd int, name string, flag int, perm uint32) (fd int, e int, regular bool)
func sysClose(fd int) (e int)
func sysFstat(fd int, st *stat_t) (e int)
func sysFstatat(dirfd int, name string, st *stat_t, flags int) (e int)
func sysGetdents(fd int, buf []byte) (n int, e int)
func sysUnlinkat(dirfd int, name string, flags int) (e int)
func sysMkdir(name string, mode uint32) (e int)
func sysRename(oldpath, newpath string) (e int)
func sysLink(oldpath, newpath string) (e int)
func sysSymlink(oldpath, newpath string) (e int)
func sysReadlink(name string, buf []byte) (n int, e int)
func sysChmod(name string, mode uint32) (e int)
func sysFchmod(fd int, mode uint32) (e int)
func sysChown(name string, uid, gid int, flags int) (e int)
func sysFchown(fd int, uid, gid int) (e int)
func sysUtimensat(name string, asec, ansec, msec, mnsec int64) (e int)
func sysTruncate(name string, size int64) (e int)
func sysFtruncate(fd int, size int64) (e int)
func sysFsync(fd int) (e int)
func sysChdir(name string) (e int)
func sysFchdir(fd int) (e int)

// sysGetwd is syscall.Getwd: getcwd(2), ENOENT for a path that is not absolute.
func sysGetwd() (dir string, e int)
func sysPipe2(flags int) (r int, w int, e int)
func sysGetgroups(buf []int) (n int, e int)

// sysUname returns uname(2)'s nodename.
func sysUname() (nodename string, e int)
func sysLookupEnv(key string) (value string, found bool)
func sysSetenv(key, value string) (e int)
func sysUnsetenv(key string)
func sysClearenv()
func sysEnviron() []string

// fastrand is the runtime's per-thread random generator.
func fastrand() uint32

// strerror is golite's: the C library's text of an errno value, first letter lowered (native).
func strerror(errno int) string

// sysRead's and sysWrite's results that are no errno: a deadline passed (internal/poll's
// ErrDeadlineExceeded), the file was closed while they waited (ErrFileClosing).
const (
	_ETIMEDOUT_DEADLINE = -2
	_ECLOSING           = -3
)

// ---- errno: golite's syscall.Errno (Go: src/syscall/syscall_unix.go) ----

// errno is an error number as the kernel reports it (Go: syscall.Errno).
type errno uintptr

// The errno values the package uses (Go: syscall's, linux/amd64).
const (
	_EPERM        errno = 0x1
	_ENOENT       errno = 0x2
	_EINTR        errno = 0x4
	_EBADF        errno = 0x9
	_EAGAIN       errno = 0xb
	_EACCES       errno = 0xd
	_EEXIST       errno = 0x11
	_ENOTDIR      errno = 0x14
	_EISDIR       errno = 0x15
	_EINVAL       errno = 0x16
	_ENFILE       errno = 0x17
	_EMFILE       errno = 0x18
	_EPIPE        errno = 0x20
	_ENAMETOOLONG errno = 0x24
	_ENOTEMPTY    errno = 0x27
	_ETIMEDOUT    errno = 0x6e
	_EWOULDBLOCK        = _EAGAIN
)

// Error gives the text of Go's table (syscall/zerrors_linux_amd64.go): the C library's
// strerror, except where Go's table differs from glibc's: no text for 41, 58 and from 133 on
// ("errno N"), and Go's older text for ESTALE.
func (e errno) Error() string {
	if 0 < e && e < 133 && e != 41 && e != 58 {
		if e == 116 {
			return "stale NFS file handle"
		}
		return strerror(int(e))
	}
	return "errno " + itoa(int(e))
}

func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == _EACCES || e == _EPERM
	case ErrExist:
		return e == _EEXIST || e == _ENOTEMPTY
	case ErrNotExist:
		return e == _ENOENT
	}
	return false
}

func (e errno) Temporary() bool {
	return e == _EINTR || e == _EMFILE || e == _ENFILE || e.Timeout()
}

func (e errno) Timeout() bool {
	return e == _EAGAIN || e == _EWOULDBLOCK || e == _ETIMEDOUT
}

// errnoErr is nil for 0, else the errno as an error.
func errnoErr(e int) error {
	if e == 0 {
		return nil
	}
	return errno(e)
}

// itoa is Go's internal/itoa.Itoa.
func itoa(val int) string {
	if val < 0 {
		return "-" + uitoa(uint(-val))
	}
	return uitoa(uint(val))
}

func uitoa(val uint) string {
	if val == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf) - 1
	for val >= 10 {
		q := val / 10
		buf[i] = byte('0' + val - q*10)
		i--
		val = q
	}
	buf[i] = byte('0' + val)
	return string(buf[i:])
}

// ---- error.go, error_errno.go ----

type timeout interface {
	Timeout() bool
}

type syscallErrorType = errno

// Chdir changes the current working directory to the named directory.
func Chdir(dir string) error {
	if e := sysChdir(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: errno(e)}
	}
	return nil
}

// Chmod changes the mode of the named file to mode.
func Chmod(name string, mode FileMode) error { return chmod(name, mode) }

func chmod(name string, mode FileMode) error {
	e := ignoringEINTR(func() error {
		return errnoErr(sysChmod(name, syscallMode(mode)))
	})
	if e != nil {
		return &PathError{Op: "chmod", Path: name, Err: e}
	}
	return nil
}

// Chown changes the numeric uid and gid of the named file.
func Chown(name string, uid, gid int) error {
	e := ignoringEINTR(func() error {
		return errnoErr(sysChown(name, uid, gid, 0))
	})
	if e != nil {
		return &PathError{Op: "chown", Path: name, Err: e}
	}
	return nil
}

// Chtimes changes the access and modification times of the named file, similar to the Unix
// utime() or utimes() functions.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	asec, ansec := nsecToTimespec(atime.UnixNano())
	msec, mnsec := nsecToTimespec(mtime.UnixNano())
	if e := sysUtimensat(name, asec, ansec, msec, mnsec); e != 0 {
		return &PathError{Op: "chtimes", Path: name, Err: errno(e)}
	}
	return nil
}

// nsecToTimespec is Go's syscall.NsecToTimespec.
func nsecToTimespec(nsec int64) (sec int64, ns int64) {
	sec = nsec / 1e9
	nsec = nsec % 1e9
	if nsec < 0 {
		nsec += 1e9
		sec--
	}
	return sec, nsec
}

// Clearenv deletes all environment variables.
func Clearenv() {
	sysClearenv()
}

// Create creates or truncates the named file.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// CreateTemp creates a new temporary file in the directory dir, opens the file for reading and
// writing, and returns the resulting file.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}

	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)

	try := 0
	for {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

func nextRandom() string {
	return uitoa(uint(fastrand()))
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if IsPathSeparator(pattern[i]) {
			return "", "", errPatternHasSeparator
		}
	}
	if pos := lastIndex(pattern, '*'); pos != -1 {
		prefix, suffix = pattern[:pos], pattern[pos+1:]
	} else {
		prefix = pattern
	}
	return prefix, suffix, nil
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && IsPathSeparator(dir[len(dir)-1]) {
		return dir + name
	}
	return dir + string(PathSeparator) + name
}

func lastIndex(s string, sep byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == sep {
			return i
		}
	}
	return -1
}

// DirFS returns a file system (an fs.FS) for the tree of files rooted at the directory dir.
func DirFS(dir string) fs.FS {
	return dirFS(dir)
}

type dirFS string

func (dir dirFS) Open(name string) (fs.File, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Open(fullname)
	if err != nil {
		return nil, err // nil fs.File
	}
	return f, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Stat(fullname)
	if err != nil {
		return nil, err
	}
	return f, nil
}

func (dir dirFS) join(name string) (string, error) {
	if dir == "" {
		return "", errors.New("os: DirFS with empty root")
	}
	if !fs.ValidPath(name) {
		return "", ErrInvalid
	}
	for i := 0; i < len(name); i++ { // internal/safefilepath.FromFS
		if name[i] == 0 {
			return "", ErrInvalid
		}
	}
	if IsPathSeparator(dir[len(dir)-1]) {
		return string(dir) + name, nil
	}
	return string(dir) + string(PathSeparator) + name, nil
}

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string {
	return sysEnviron()
}

// Executable returns the path name for the executable that started the current process.
//
// golite: /proc/self/exe names the golite binary that runs the program.
func Executable() (string, error) {
	path, err := Readlink("/proc/self/exe")
	// When the executable has been deleted then Readlink returns a
	// path appended with " (deleted)".
	return stringsTrimSuffix(path, " (deleted)"), err
}

func stringsTrimSuffix(s, suffix string) string {
	if len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Exit causes the current program to exit with the given status code.
func Exit(code int)

// Expand replaces ${var} or $var in the string based on the mapping function.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	// ${} is all ASCII, so bytes are fine for this operation.
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := getShellName(s[j+1:])
			if name == "" && w > 0 {
				// Encountered invalid syntax; eat the
				// characters.
			} else if name == "" {
				// Valid syntax, but $ was not followed by a
				// name. Leave the dollar character untouched.
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

// ExpandEnv replaces ${var} or $var in the string according to the values of the current
// environment variables.
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func getShellName(s string) (string, int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		// Scan to closing brace
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // Bad syntax; eat "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // Bad syntax; eat "${"
	case isShellSpecialVar(s[0]):
		return s[0:1], 1
	}
	// Scan alphanumerics.
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}

// Getegid returns the numeric effective group id of the caller.
func Getegid() int

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int

// Getgid returns the numeric group id of the caller.
func Getgid() int

// Getgroups returns a list of the numeric ids of groups that the caller belongs to.
func Getgroups() ([]int, error) {
	gids, e := getgroups()
	return gids, NewSyscallError("getgroups", e)
}

// getgroups is Go's syscall.Getgroups.
func getgroups() (gids []int, err error) {
	n, e := sysGetgroups(nil)
	if e != 0 {
		return nil, errno(e)
	}
	if n == 0 {
		return nil, nil
	}
	// Sanity check group count. Max is 1<<16 on Linux.
	if n < 0 || n > 1<<20 {
		return nil, _EINVAL
	}
	a := make([]int, n)
	n, e = sysGetgroups(a)
	if e != 0 {
		return nil, errno(e)
	}
	return a[:n], nil
}

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int { return 4096 }

// Getpid returns the process id of the caller.
func Getpid() int

// Getppid returns the process id of the caller's parent.
func Getppid() int

// Getuid returns the numeric user id of the caller.
func Getuid() int

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	// Clumsy but widespread kludge:
	// if $PWD is set and is the name of the current directory, use it.
	dot, err := statNolog(".")
	if err != nil {
		return "", err
	}
	dir = Getenv("PWD")
	if len(dir) > 0 && dir[0] == '/' {
		d, err := statNolog(dir)
		if err == nil && SameFile(dot, d) {
			return dir, nil
		}
	}

	// syscall.ImplementsGetwd is true on Linux.
	var (
		s string
		e int
	)
	for {
		s, e = sysGetwd()
		if errno(e) != _EINTR {
			break
		}
	}
	return s, NewSyscallError("getwd", errnoErr(e))
}

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	name, e := sysUname()
	if e == 0 && len(name) > 0 && len(name) < 64 {
		return name, nil
	}

	f, err := Open("/proc/sys/kernel/hostname")
	if err != nil {
		return "", err
	}
	defer f.Close()

	var buf [512]byte // Enough for a DNS name.
	n, err := f.Read(buf[:])
	if err != nil {
		return "", err
	}

	if n > 0 && buf[n-1] == '\n' {
		n--
	}
	return string(buf[:n]), nil
}

// IsExist returns a boolean indicating whether the error is known to report that a file or
// directory already exists.
func IsExist(err error) bool {
	return underlyingErrorIs(err, ErrExist)
}

// IsNotExist returns a boolean indicating whether the error is known to report that a file or
// directory does not exist.
func IsNotExist(err error) bool {
	return underlyingErrorIs(err, ErrNotExist)
}

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool {
	return PathSeparator == c
}

// IsPermission returns a boolean indicating whether the error is known to report that
// permission is denied.
func IsPermission(err error) bool {
	return underlyingErrorIs(err, ErrPermission)
}

// IsTimeout returns a boolean indicating whether the error is known to report that a timeout
// occurred.
func IsTimeout(err error) bool {
	terr, ok := underlyingError(err).(timeout)
	return ok && terr.Timeout()
}

func underlyingErrorIs(err, target error) bool {
	// Note that this function is not errors.Is:
	// underlyingError only unwraps the specific error-wrapping types
	// that it historically did, not all errors implementing Unwrap().
	err = underlyingError(err)
	if err == target {
		return true
	}
	// To preserve prior behavior, only examine syscall errors.
	e, ok := err.(syscallErrorType)
	return ok && e.Is(target)
}

// underlyingError returns the underlying error for known os error types.
func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

// Lchown changes the numeric uid and gid of the named file.
func Lchown(name string, uid, gid int) error {
	e := ignoringEINTR(func() error {
		return errnoErr(sysChown(name, uid, gid, _AT_SYMLINK_NOFOLLOW))
	})
	if e != nil {
		return &PathError{Op: "lchown", Path: name, Err: e}
	}
	return nil
}

// Link creates newname as a hard link to the oldname file.
func Link(oldname, newname string) error {
	e := ignoringEINTR(func() error {
		return errnoErr(sysLink(oldname, newname))
	})
	if e != nil {
		return &LinkError{"link", oldname, newname, e}
	}
	return nil
}

// LookupEnv retrieves the value of the environment variable named by the key.
func LookupEnv(key string) (string, bool) {
	// Go's syscall.Getenv looks the key up in its copy of the environment: a key
	// holding '=' or NUL is never there.
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return "", false
		}
	}
	return sysLookupEnv(key)
}

// Lstat returns a FileInfo describing the named file.
func Lstat(name string) (FileInfo, error) {
	return lstatNolog(name)
}

var lstat = Lstat

// Mkdir creates a new directory with the specified name and permission bits (before umask).
func Mkdir(name string, perm FileMode) error {
	e := ignoringEINTR(func() error {
		return errnoErr(sysMkdir(name, syscallMode(perm)))
	})

	if e != nil {
		return &PathError{Op: "mkdir", Path: name, Err: e}
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary parents, and returns nil,
// or else returns an error.
func MkdirAll(path string, perm FileMode) error {
	// Fast path: if we can tell whether path is a directory or file, stop with success or error.
	dir, err := Stat(path)
	if err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: _ENOTDIR}
	}

	// Slow path: make sure parent exists and then call Mkdir for path.
	i := len(path)
	for i > 0 && IsPathSeparator(path[i-1]) { // Skip trailing path separator.
		i--
	}

	j := i
	for j > 0 && !IsPathSeparator(path[j-1]) { // Scan backward over element.
		j--
	}

	if j > 1 {
		// Create parent.
		err = MkdirAll(path[:j-1], perm)
		if err != nil {
			return err
		}
	}

	// Parent now exists; invoke Mkdir and use its result.
	err = Mkdir(path, perm)
	if err != nil {
		// Handle arguments like "foo/." by
		// double-checking that directory doesn't exist.
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// MkdirTemp creates a new temporary directory in the directory dir and returns the pathname of
// the new directory.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}

	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)

	try := 0
	for {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: dir + string(PathSeparator) + prefix + "*" + suffix, Err: ErrExist}
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	kind := kindNewFile
	if int(fd) >= 0 && sysIsNonblock(int(fd)) {
		kind = kindNonBlock
	}
	return newFile(fd, name, kind)
}

// NewSyscallError returns, as an error, a new SyscallError with the given system call name and
// error details.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// OpenFile is the generalized open call; most users will use Open or Create instead.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	f, err := openFileNolog(name, flag, perm)
	if err != nil {
		return nil, err
	}
	f.appendMode = flag&O_APPEND != 0

	return f, nil
}

func openFileNolog(name string, flag int, perm FileMode) (*File, error) {
	var r int
	var regular bool
	for {
		var e int
		r, e, regular = sysOpenat(_AT_FDCWD, name, flag, syscallMode(perm))
		if e == 0 {
			break
		}

		// We have to check EINTR here, per issues 11180 and 39237.
		if errno(e) == _EINTR {
			continue
		}

		return nil, &PathError{Op: "open", Path: name, Err: errno(e)}
	}

	f := newFile(uintptr(r), name, kindOpenFile)
	f.regular = regular
	return f, nil
}

// Pipe returns a connected pair of Files; reads from r return bytes written to w.
func Pipe() (r *File, w *File, err error) {
	p0, p1, e := sysPipe2(_O_CLOEXEC)
	if e != 0 {
		return nil, nil, NewSyscallError("pipe2", errno(e))
	}

	return newFile(uintptr(p0), "|0", kindPipe), newFile(uintptr(p1), "|1", kindPipe), nil
}

// ReadDir reads the named directory, returning all its directory entries sorted by filename.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()

	dirs, err := f.ReadDir(-1)
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].Name() < dirs[j].Name() })
	return dirs, err
}

// ReadFile reads the named file and returns the contents.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()

	var size int
	if info, err := f.Stat(); err == nil {
		size64 := info.Size()
		if int64(int(size64)) == size64 {
			size = int(size64)
		}
	}
	size++ // one byte for final read at EOF

	// If a file claims a small size, read at least 512 bytes.
	// In particular, files in Linux's /proc claim size 0 but
	// then do not work right if read in small pieces,
	// so an initial read of 1 byte would not work correctly.
	if size < 512 {
		size = 512
	}

	data := make([]byte, 0, size)
	for {
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	for len := 128; ; len *= 2 {
		b := make([]byte, len)
		var (
			n int
			e int
		)
		for {
			n, e = sysReadlink(name, b)
			if n < 0 {
				n = 0
			}
			if errno(e) != _EINTR {
				break
			}
		}
		if e != 0 {
			return "", &PathError{Op: "readlink", Path: name, Err: errno(e)}
		}
		if n < len {
			return string(b[0:n]), nil
		}
	}
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	// System call interface forces us to know
	// whether name is a file or directory.
	// Try both: it is cheaper on average than
	// doing a Stat plus the right one.
	e := ignoringEINTR(func() error {
		return errnoErr(sysUnlinkat(_AT_FDCWD, name, 0))
	})
	if e == nil {
		return nil
	}
	e1 := ignoringEINTR(func() error {
		return errnoErr(sysUnlinkat(_AT_FDCWD, name, _AT_REMOVEDIR))
	})
	if e1 == nil {
		return nil
	}

	// Both failed: figure out which error to return.
	// OS X and Linux differ on whether unlink(dir)
	// returns EISDIR, so can't use that. However,
	// both agree that rmdir(file) returns ENOTDIR,
	// so we can use that to decide which error is real.
	// Rmdir might also return ENOTDIR if given a bad
	// file path, like /etc/passwd/foo, but in that case,
	// both errors will be ENOTDIR, so it's okay to
	// use the error from unlink.
	if e1 != _ENOTDIR {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: e}
}

// RemoveAll removes path and any children it contains.
func RemoveAll(path string) error {
	return removeAll(path)
}

// endsWithDot reports whether the final component of path is ".".
func endsWithDot(path string) bool {
	if path == "." {
		return true
	}
	if len(path) >= 2 && path[len(path)-1] == '.' && IsPathSeparator(path[len(path)-2]) {
		return true
	}
	return false
}

// removeAll is Go's removeall_at.go.
func removeAll(path string) error {
	if path == "" {
		// fail silently to retain compatibility with previous behavior
		// of RemoveAll. See issue 28830.
		return nil
	}

	// The rmdir system call does not permit removing ".",
	// so we don't permit it either.
	if endsWithDot(path) {
		return &PathError{Op: "RemoveAll", Path: path, Err: _EINVAL}
	}

	// Simple case: if Remove works, we're done.
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}

	// RemoveAll recurses by deleting the path base from
	// its parent directory
	parentDir, base := splitPath(path)

	parent, err := Open(parentDir)
	if IsNotExist(err) {
		// If parent does not exist, base cannot exist. Fail silently
		return nil
	}
	if err != nil {
		return err
	}
	defer parent.Close()

	if err := removeAllFrom(parent, base); err != nil {
		if pathErr, ok := err.(*PathError); ok {
			pathErr.Path = parentDir + string(PathSeparator) + pathErr.Path
			err = pathErr
		}
		return err
	}
	return nil
}

func removeAllFrom(parent *File, base string) error {
	parentFd := int(parent.Fd())
	// Simple case: if Unlink (aka remove) works, we're done.
	err := ignoringEINTR(func() error {
		return errnoErr(sysUnlinkat(parentFd, base, 0))
	})
	if err == nil || IsNotExist(err) {
		return nil
	}

	// EISDIR means that we have a directory, and we need to
	// remove its contents.
	// EPERM or EACCES means that we don't have write permission on
	// the parent directory, but this entry might still be a directory
	// whose contents need to be removed.
	// Otherwise just return the error.
	if err != _EISDIR && err != _EPERM && err != _EACCES {
		return &PathError{Op: "unlinkat", Path: base, Err: err}
	}

	// Is this a directory we need to recurse into?
	var statInfo stat_t
	statErr := ignoringEINTR(func() error {
		return errnoErr(sysFstatat(parentFd, base, &statInfo, _AT_SYMLINK_NOFOLLOW))
	})
	if statErr != nil {
		if IsNotExist(statErr) {
			return nil
		}
		return &PathError{Op: "fstatat", Path: base, Err: statErr}
	}
	if statInfo.Mode&_S_IFMT != _S_IFDIR {
		// Not a directory; return the error from the unix.Unlinkat.
		return &PathError{Op: "unlinkat", Path: base, Err: err}
	}

	// Remove the directory's entries.
	var recurseErr error
	for {
		const reqSize = 1024
		var respSize int

		// Open the directory to recurse into
		file, err := openFdAt(parentFd, base)
		if err != nil {
			if IsNotExist(err) {
				return nil
			}
			recurseErr = &PathError{Op: "openfdat", Path: base, Err: err}
			break
		}

		for {
			numErr := 0

			names, readErr := file.Readdirnames(reqSize)
			// Errors other than EOF should stop us from continuing.
			if readErr != nil && readErr != io.EOF {
				file.Close()
				if IsNotExist(readErr) {
					return nil
				}
				return &PathError{Op: "readdirnames", Path: base, Err: readErr}
			}

			respSize = len(names)
			for _, name := range names {
				err := removeAllFrom(file, name)
				if err != nil {
					if pathErr, ok := err.(*PathError); ok {
						pathErr.Path = base + string(PathSeparator) + pathErr.Path
					}
					numErr++
					if recurseErr == nil {
						recurseErr = err
					}
				}
			}

			// If we can delete any entry, break to start new iteration.
			// Otherwise, we discard current names, get next entries and try deleting them.
			if numErr != reqSize {
				break
			}
		}

		// Removing files from the directory may have caused
		// the OS to reshuffle it. Simply calling Readdirnames
		// again may skip some entries. The only reliable way
		// to avoid this is to close and re-open the
		// directory. See issue 20841.
		file.Close()

		// Finish when the end of the directory is reached
		if respSize < reqSize {
			break
		}
	}

	// Remove the directory itself.
	unlinkError := ignoringEINTR(func() error {
		return errnoErr(sysUnlinkat(parentFd, base, _AT_REMOVEDIR))
	})
	if unlinkError == nil || IsNotExist(unlinkError) {
		return nil
	}

	if recurseErr != nil {
		return recurseErr
	}
	return &PathError{Op: "unlinkat", Path: base, Err: unlinkError}
}

// openFdAt opens path relative to the directory in fd.
// Other than that this should act like openFileNolog.
// This acts like openFileNolog rather than OpenFile because
// we are going to (try to) remove the file.
// The contents of this file are not relevant for test caching.
func openFdAt(dirfd int, name string) (*File, error) {
	var r int
	var regular bool
	for {
		var e int
		r, e, regular = sysOpenat(dirfd, name, O_RDONLY, 0)
		if e == 0 {
			break
		}

		// See comment in openFileNolog.
		if errno(e) == _EINTR {
			continue
		}

		return nil, errno(e)
	}

	f := newFile(uintptr(r), name, kindOpenFile)
	f.regular = regular
	return f, nil
}

// splitPath returns the base name and parent directory.
func splitPath(path string) (string, string) {
	// if no better parent is found, the path is relative from "here"
	dirname := "."

	// Remove all but one leading slash.
	for len(path) > 1 && path[0] == '/' && path[1] == '/' {
		path = path[1:]
	}

	i := len(path) - 1

	// Remove trailing slashes.
	for ; i > 0 && path[i] == '/'; i-- {
		path = path[:i]
	}

	// if no slashes in path, base is path
	basename := path

	// Remove leading directory path
	for i--; i >= 0; i-- {
		if path[i] == '/' {
			if i == 0 {
				dirname = path[:1]
			} else {
				dirname = path[:i]
			}
			basename = path[i+1:]
			break
		}
	}

	return dirname, basename
}

// basename removes trailing slashes and the leading directory name from path name.
func basename(name string) string {
	i := len(name) - 1
	// Remove trailing slashes
	for ; i > 0 && name[i] == '/'; i-- {
		name = name[:i]
	}
	// Remove leading directory name
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}

	return name
}

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	return rename(oldpath, newpath)
}

func rename(oldname, newname string) error {
	fi, err := Lstat(newname)
	if err == nil && fi.IsDir() {
		// There are two independent errors this function can return:
		// one for a bad oldname, and one for a bad newname.
		// At this point we've determined the newname is bad.
		// But just in case oldname is also bad, prioritize returning
		// the oldname error because that's what we did historically.
		// However, if the old name and new name are not the same, yet
		// they refer to the same file, it implies a case-only
		// rename on a case-insensitive filesystem, which is ok.
		if ofi, err := Lstat(oldname); err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldname, newname, err}
		} else if newname == oldname || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldname, newname, _EEXIST}
		}
	}
	err = ignoringEINTR(func() error {
		return errnoErr(sysRename(oldname, newname))
	})
	if err != nil {
		return &LinkError{"rename", oldname, newname, err}
	}
	return nil
}

// SameFile reports whether fi1 and fi2 describe the same file.
func SameFile(fi1, fi2 FileInfo) bool {
	fs1, ok1 := fi1.(*fileStat)
	fs2, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return sameFile(fs1, fs2)
}

func sameFile(fs1, fs2 *fileStat) bool {
	return fs1.sys.Dev == fs2.sys.Dev && fs1.sys.Ino == fs2.sys.Ino
}

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	err := setenv(key, value)
	if err != nil {
		return NewSyscallError("setenv", err)
	}
	return nil
}

// setenv is Go's syscall.Setenv.
func setenv(key, value string) error {
	if len(key) == 0 {
		return _EINVAL
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return _EINVAL
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return _EINVAL
		}
	}
	return errnoErr(sysSetenv(key, value))
}

// Stat returns a FileInfo describing the named file.
func Stat(name string) (FileInfo, error) {
	return statNolog(name)
}

func statNolog(name string) (FileInfo, error) {
	var fs fileStat
	err := ignoringEINTR(func() error {
		return errnoErr(sysFstatat(_AT_FDCWD, name, &fs.sys, 0))
	})
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	fillFileStatFromSys(&fs, name)
	return &fs, nil
}

func lstatNolog(name string) (FileInfo, error) {
	var fs fileStat
	err := ignoringEINTR(func() error {
		return errnoErr(sysFstatat(_AT_FDCWD, name, &fs.sys, _AT_SYMLINK_NOFOLLOW))
	})
	if err != nil {
		return nil, &PathError{Op: "lstat", Path: name, Err: err}
	}
	fillFileStatFromSys(&fs, name)
	return &fs, nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	e := ignoringEINTR(func() error {
		return errnoErr(sysSymlink(oldname, newname))
	})
	if e != nil {
		return &LinkError{"symlink", oldname, newname, e}
	}
	return nil
}

// TempDir returns the default directory to use for temporary files.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	e := ignoringEINTR(func() error {
		return errnoErr(sysTruncate(name, size))
	})
	if e != nil {
		return &PathError{Op: "truncate", Path: name, Err: e}
	}
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return nil // never in the environment
		}
	}
	sysUnsetenv(key)
	return nil
}

// UserCacheDir returns the default root directory to use for user-specific cached data.
func UserCacheDir() (string, error) {
	dir := Getenv("XDG_CACHE_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $XDG_CACHE_HOME nor $HOME are defined")
		}
		dir += "/.cache"
	}
	return dir, nil
}

// UserConfigDir returns the default root directory to use for user-specific configuration data.
func UserConfigDir() (string, error) {
	dir := Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $XDG_CONFIG_HOME nor $HOME are defined")
		}
		dir += "/.config"
	}
	return dir, nil
}

// UserHomeDir returns the current user's home directory.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

// WriteFile writes data to the named file, creating it if necessary.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// A DirEntry is an entry read from a directory (using the ReadDir function or a File's ReadDir
// method).
type DirEntry = fs.DirEntry

// ---- system constants (linux/amd64) ----

const (
	_AT_FDCWD            = -0x64
	_AT_REMOVEDIR        = 0x200
	_AT_SYMLINK_NOFOLLOW = 0x100
	_O_CLOEXEC           = 0x80000
	_S_IFMT              = 0xf000
	_S_IFBLK             = 0x6000
	_S_IFCHR             = 0x2000
	_S_IFDIR             = 0x4000
	_S_IFIFO             = 0x1000
	_S_IFLNK             = 0xa000
	_S_IFREG             = 0x8000
	_S_IFSOCK            = 0xc000
	_S_ISGID             = 0x400
	_S_ISUID             = 0x800
	_S_ISVTX             = 0x200
	_DT_BLK              = 0x6
	_DT_CHR              = 0x2
	_DT_DIR              = 0x4
	_DT_FIFO             = 0x1
	_DT_LNK              = 0xa
	_DT_REG              = 0x8
	_DT_SOCK             = 0xc
)

// maxRW is internal/poll's: the largest read or write made at once.
const maxRW = 1 << 30

// ignoringEINTR makes a function call and repeats it if it returns an
// EINTR error.
func ignoringEINTR(fn func() error) error {
	for {
		err := fn()
		if err != _EINTR {
			return err
		}
	}
}

// syscallMode returns the syscall-specific mode bits from Go's portable mode bits.
func syscallMode(i FileMode) (o uint32) {
	o |= uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= _S_ISUID
	}
	if i&ModeSetgid != 0 {
		o |= _S_ISGID
	}
	if i&ModeSticky != 0 {
		o |= _S_ISVTX
	}
	// No mapping for Go's ModeTemporary (plan9 only).
	return
}

// ---- File ----

// File represents an open file descriptor.
type File struct {
	*file // os specific
}

// file is the real representation of *File.
// The extra level of indirection ensures that no clients of os
// can overwrite this data, which could cause the finalizer
// to close the wrong file descriptor.
//
// golite: internal/poll's FD is reduced to the descriptor (sysfd, -1 once closed) and,
// for a pollable descriptor (non-blocking, as Go's poller makes it), its deadlines, which
// the natives honour by waiting with ppoll(2) instead of the runtime's poller.
type file struct {
	sysfd       int
	name        string
	dirinfo     *dirInfo // nil unless directory being read
	nonblock    bool     // whether we set nonblocking mode
	stdoutOrErr bool     // whether this is stdout or stderr
	appendMode  bool     // whether file is opened for appending
	regular     bool     // a regular file or a directory (reads do not flush standard output)
	pollable    bool     // deadlines are supported

	mu      sync.Mutex    // guards refs, closing and done
	refs    int           // operations in progress on the descriptor
	closing int32         // 1 once Close was called (the natives look at it while they wait)
	done    chan struct{} // closed when the descriptor is, if Close waits for that

	dmu       sync.Mutex // guards the deadlines
	rdeadline time.Time  // zero: none
	wdeadline time.Time
}

// newFileKind describes the kind of file to newFile.
type newFileKind int

const (
	kindNewFile newFileKind = iota
	kindOpenFile
	kindPipe
	kindNonBlock
)

// newFile is like NewFile, but if called from OpenFile or Pipe
// (as passed in the kind parameter) it tries to add the file to
// the runtime poller.
func newFile(fd uintptr, name string, kind newFileKind) *File {
	fdi := int(fd)
	if fdi < 0 {
		return nil
	}
	f := &File{&file{
		sysfd:       fdi,
		name:        name,
		stdoutOrErr: fdi == 1 || fdi == 2,
	}}

	pollable := kind == kindOpenFile || kind == kindPipe || kind == kindNonBlock

	// An epoll registration fails for regular files and directories (and a few
	// devices): those are not pollable, as in Go.
	if pollable && sysPollable(fdi) {
		f.pollable = true
		f.nonblock = kind != kindNonBlock
	}

	runtime.SetFinalizer(f.file, (*file).close)
	return f
}

// timeout returns how long a read (mode 'r') or write ('w') may wait: -1 without a
// deadline; expired: the deadline has passed (internal/poll's prepareRead/prepareWrite).
func (file *file) timeout(mode byte) (ns int64, expired bool) {
	if !file.pollable {
		return -1, false
	}
	file.dmu.Lock()
	t := file.rdeadline
	if mode == 'w' {
		t = file.wdeadline
	}
	file.dmu.Unlock()
	if t.IsZero() {
		return -1, false
	}
	d := int64(time.Until(t))
	if d <= 0 {
		return 0, true
	}
	return d, false
}

// incref is internal/poll's FD.incref: it counts an operation on the descriptor, or
// fails once the file is closing. Each successful incref is paired with a decref.
func (file *file) incref() error {
	file.mu.Lock()
	if file.closing != 0 {
		file.mu.Unlock()
		return errFileClosing
	}
	file.refs++
	file.mu.Unlock()
	return nil
}

// decref ends an operation; the last one after Close closes the descriptor
// (internal/poll's FD.decref and destroy).
func (file *file) decref() error {
	file.mu.Lock()
	file.refs--
	last := file.refs == 0 && file.closing != 0
	file.mu.Unlock()
	if last {
		return file.destroy()
	}
	return nil
}

func (file *file) destroy() error {
	fd := file.sysfd
	file.sysfd = -1
	e := sysClose(fd)
	if file.done != nil {
		close(file.done)
	}
	return errnoErr(e)
}

// pfdClose is internal/poll's FD.Close: operations in progress see the file closing (a
// read or write waiting on a pollable descriptor returns at once) and the last one
// closes the descriptor, which Close waits for on a pollable (non-blocking) descriptor.
func (file *file) pfdClose() error {
	file.mu.Lock()
	if file.closing != 0 {
		file.mu.Unlock()
		return errFileClosing
	}
	atomic.StoreInt32(&file.closing, 1) // the natives read it while they wait
	if file.refs == 0 {
		file.mu.Unlock()
		return file.destroy()
	}
	var done chan struct{}
	if file.nonblock {
		done = make(chan struct{})
		file.done = done
	}
	file.mu.Unlock()
	if done != nil {
		<-done
	}
	return nil
}

func (file *file) close() error {
	if file == nil {
		return _EINVAL
	}
	if file.dirinfo != nil {
		file.dirinfo.close()
		file.dirinfo = nil
	}
	var err error
	if e := file.pfdClose(); e != nil {
		if e == errFileClosing {
			e = ErrClosed
		}
		err = &PathError{Op: "close", Path: file.name, Err: e}
	}

	// no need for a finalizer anymore
	runtime.SetFinalizer(file, nil)
	return err
}

// Chdir changes the current working directory to the file, which must be a directory.
func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	e := f.incref()
	if e == nil {
		e = errnoErr(sysFchdir(f.sysfd))
		f.decref()
	}
	if e != nil {
		return f.wrapErr("chdir", e)
	}
	return nil
}

// Chmod changes the mode of the file to mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	e := f.incref()
	if e == nil {
		e = ignoringEINTR(func() error {
			return errnoErr(sysFchmod(f.sysfd, syscallMode(mode)))
		})
		f.decref()
	}
	if e != nil {
		return f.wrapErr("chmod", e)
	}
	return nil
}

// Chown changes the numeric uid and gid of the named file.
func (f *File) Chown(uid, gid int) error {
	if err := f.checkValid("chown"); err != nil {
		return err
	}
	e := f.incref()
	if e == nil {
		e = ignoringEINTR(func() error {
			return errnoErr(sysFchown(f.sysfd, uid, gid))
		})
		f.decref()
	}
	if e != nil {
		return f.wrapErr("chown", e)
	}
	return nil
}

// Close closes the File, rendering it unusable for I/O.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	return f.file.close()
}

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^(uintptr(0))
	}

	// If we put the file descriptor into nonblocking mode,
	// then set it to blocking mode before we return it,
	// because historically we have always returned a descriptor
	// opened in blocking mode. The File will continue to work,
	// but any blocking operation will tie up a thread.
	if f.nonblock && f.sysfd >= 0 {
		sysSetBlocking(f.sysfd)
		f.nonblock = false
	}

	return uintptr(f.sysfd)
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Read reads up to len(b) bytes from the File and stores them in b.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	n, e := f.read(b)
	return n, f.wrapErr("read", e)
}

// read is internal/poll's FD.Read.
func (f *File) read(b []byte) (int, error) {
	if err := f.incref(); err != nil {
		return 0, err
	}
	defer f.decref()
	if len(b) == 0 {
		return 0, nil
	}
	timeout, expired := f.timeout('r')
	if expired {
		return 0, ErrDeadlineExceeded
	}
	if len(b) > maxRW {
		b = b[:maxRW]
	}
	n, e := sysRead(f.sysfd, b, !f.regular, timeout, &f.closing)
	runtime.KeepAlive(f)
	if e == _ETIMEDOUT_DEADLINE {
		return 0, ErrDeadlineExceeded
	}
	if e == _ECLOSING {
		return 0, errFileClosing
	}
	if e != 0 {
		return 0, errno(e)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes from the File starting at byte offset off.
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}

	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}

	for len(b) > 0 {
		m, e := f.pread(b, off)
		if e != nil {
			err = f.wrapErr("read", e)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// pread is internal/poll's FD.Pread.
func (f *File) pread(b []byte, off int64) (int, error) {
	if err := f.incref(); err != nil {
		return 0, err
	}
	defer f.decref()
	if len(b) > maxRW {
		b = b[:maxRW]
	}
	var n, e int
	for {
		n, e = sysPread(f.sysfd, b, off)
		if errno(e) != _EINTR {
			break
		}
	}
	runtime.KeepAlive(f)
	if e != 0 {
		return 0, errno(e)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadDir reads the contents of the directory associated with the file f and returns a slice of
// DirEntry values in directory order.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, dirents, _, err := f.readdir(n, readdirDirEntry)
	if dirents == nil {
		// Match Readdir and Readdirnames: don't return nil slices.
		dirents = []DirEntry{}
	}
	return dirents, err
}

// ReadFrom implements io.ReaderFrom.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	// golite: no copy_file_range; Go's generic path.
	return genericReadFrom(f, r) // without wrapping
}

func genericReadFrom(f *File, r io.Reader) (int64, error) {
	return io.Copy(onlyWriter{f}, r)
}

// onlyWriter hides the ReadFrom method of *File, so io.Copy does not recurse.
type onlyWriter struct {
	io.Writer
}

// Readdir reads the contents of the directory associated with file and returns a slice of up to
// n FileInfo values, as would be returned by Lstat, in directory order.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, _, infos, err := f.readdir(n, readdirFileInfo)
	if infos == nil {
		// Readdir has historically always returned a non-nil empty slice, never nil,
		// even on error (except misuse with nil receiver above).
		// Keep it that way to avoid breaking overly sensitive callers.
		infos = []FileInfo{}
	}
	return infos, err
}

// Readdirnames reads the contents of the directory associated with file and returns a slice of
// up to n names of files in the directory, in directory order.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if f == nil {
		return nil, ErrInvalid
	}
	names, _, _, err = f.readdir(n, readdirName)
	if names == nil {
		// Readdirnames has historically always returned a non-nil empty slice, never nil,
		// even on error (except misuse with nil receiver above).
		// Keep it that way to avoid breaking overly sensitive callers.
		names = []string{}
	}
	return names, err
}

// Seek sets the offset for the next Read or Write on file to offset, interpreted according to
// whence: 0 means relative to the origin of the file, 1 means relative to the current offset,
// and 2 means relative to the end.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	r, e := f.seek(offset, whence)
	if e == nil && f.dirinfo != nil && r != 0 {
		e = _EISDIR
	}
	if e != nil {
		return 0, f.wrapErr("seek", e)
	}
	return r, nil
}

func (f *File) seek(offset int64, whence int) (int64, error) {
	if f.dirinfo != nil {
		// Free cached dirinfo, so we allocate a new one if we
		// access this file as a directory again. See #35767 and #37161.
		f.dirinfo.close()
		f.dirinfo = nil
	}
	if err := f.incref(); err != nil {
		return 0, err
	}
	defer f.decref()
	ret, e := sysSeek(f.sysfd, offset, whence)
	runtime.KeepAlive(f)
	return ret, errnoErr(e)
}

// SetDeadline sets the read and write deadlines for a File.
//
// golite: a deadline applies to the Read and Write calls that start after it is set (a call
// already blocked keeps the deadline it started with).
func (f *File) SetDeadline(t time.Time) error {
	return f.setDeadline("SetDeadline", t, 'r'+'w')
}

// SetReadDeadline sets the deadline for future Read calls and any currently-blocked Read call.
func (f *File) SetReadDeadline(t time.Time) error {
	return f.setDeadline("SetReadDeadline", t, 'r')
}

// SetWriteDeadline sets the deadline for any future Write calls and any currently-blocked Write
// call.
func (f *File) SetWriteDeadline(t time.Time) error {
	return f.setDeadline("SetWriteDeadline", t, 'w')
}

// setDeadline is internal/poll's setDeadlineImpl.
func (f *File) setDeadline(op string, t time.Time, mode int) error {
	if err := f.checkValid(op); err != nil {
		return err
	}
	if err := f.incref(); err != nil {
		return err
	}
	defer f.decref()
	if !f.pollable {
		return ErrNoDeadline
	}
	f.dmu.Lock()
	if mode == 'r' || mode == 'r'+'w' {
		f.rdeadline = t
	}
	if mode == 'w' || mode == 'r'+'w' {
		f.wdeadline = t
	}
	f.dmu.Unlock()
	return nil
}

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	var fs fileStat
	err := f.incref()
	if err == nil {
		err = ignoringEINTR(func() error {
			return errnoErr(sysFstat(f.sysfd, &fs.sys))
		})
		f.decref()
	}
	if err != nil {
		return nil, &PathError{Op: "stat", Path: f.name, Err: err}
	}
	fillFileStatFromSys(&fs, f.name)
	return &fs, nil
}

// Sync commits the current contents of the file to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	e := f.incref()
	if e == nil {
		e = ignoringEINTR(func() error {
			return errnoErr(sysFsync(f.sysfd))
		})
		f.decref()
	}
	if e != nil {
		return f.wrapErr("sync", e)
	}
	return nil
}

// Truncate changes the size of the file.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	e := f.incref()
	if e == nil {
		e = ignoringEINTR(func() error {
			return errnoErr(sysFtruncate(f.sysfd, size))
		})
		f.decref()
	}
	if e != nil {
		return f.wrapErr("truncate", e)
	}
	return nil
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := f.write(b)
	if n < 0 {
		n = 0
	}
	if n != len(b) {
		err = io.ErrShortWrite
	}

	if e != nil {
		err = f.wrapErr("write", e)
	}

	return n, err
}

// write is internal/poll's FD.Write.
func (f *File) write(b []byte) (int, error) {
	if err := f.incref(); err != nil {
		return 0, err
	}
	defer f.decref()
	timeout, expired := f.timeout('w')
	if expired {
		return 0, ErrDeadlineExceeded
	}
	n, e := sysWrite(f.sysfd, b, !f.regular, timeout, &f.closing)
	runtime.KeepAlive(f)
	if e == -1 {
		return n, io.ErrUnexpectedEOF
	}
	if e == _ETIMEDOUT_DEADLINE {
		return n, ErrDeadlineExceeded
	}
	if e == _ECLOSING {
		return n, errFileClosing
	}
	return n, errnoErr(e)
}

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

// WriteAt writes len(b) bytes to the File starting at byte offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}

	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}

	for len(b) > 0 {
		m, e := f.pwrite(b, off)
		if e != nil {
			err = f.wrapErr("write", e)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// pwrite is internal/poll's FD.Pwrite.
func (f *File) pwrite(p []byte, off int64) (int, error) {
	if err := f.incref(); err != nil {
		return 0, err
	}
	defer f.decref()
	defer runtime.KeepAlive(f)
	var nn int
	for {
		max := len(p)
		if max-nn > maxRW {
			max = nn + maxRW
		}
		n, e := sysPwrite(f.sysfd, p[nn:max], off+int64(nn))
		if errno(e) == _EINTR {
			continue
		}
		if n > 0 {
			nn += n
		}
		if nn == len(p) {
			return nn, errnoErr(e)
		}
		if e != 0 {
			return nn, errno(e)
		}
		if n == 0 {
			return nn, io.ErrUnexpectedEOF
		}
	}
}

// WriteString is like Write, but writes the contents of string s rather than a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// checkValid checks whether f is valid for use.
// If not, it returns an appropriate error, perhaps incorporating the operation name op.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// wrapErr wraps an error that occurred during an operation on an open file.
// It passes io.EOF through unchanged, otherwise converts
// poll.ErrFileClosing to ErrClosed and wraps the error in a PathError.
func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	if err == errFileClosing {
		err = ErrClosed
	}
	return &PathError{Op: op, Path: f.name, Err: err}
}

// ---- dir.go, dir_unix.go, dirent_linux.go ----

type readdirMode int

const (
	readdirName readdirMode = iota
	readdirDirEntry
	readdirFileInfo
)

// Auxiliary information if the File describes a directory
type dirInfo struct {
	buf  *[]byte // buffer for directory I/O
	nbuf int     // length of buf; return value from Getdirentries
	bufp int     // location of next record in buf.
}

const (
	// More than 5760 to work around https://golang.org/issue/24015.
	blockSize = 8192
)

var dirBufPool = sync.Pool{
	New: func() any {
		// The buffer must be at least a block long.
		buf := make([]byte, blockSize)
		return &buf
	},
}

func (d *dirInfo) close() {
	if d.buf != nil {
		dirBufPool.Put(d.buf)
		d.buf = nil
	}
}

// The offsets of struct linux_dirent64's fields (syscall.Dirent).
const (
	direntInoOff    = 0
	direntReclenOff = 16
	direntTypeOff   = 18
	direntNameOff   = 19
)

func (f *File) readdir(n int, mode readdirMode) (names []string, dirents []DirEntry, infos []FileInfo, err error) {
	// If this file has no dirinfo, create one.
	if f.dirinfo == nil {
		f.dirinfo = new(dirInfo)
		f.dirinfo.buf = dirBufPool.Get().(*[]byte)
	}
	d := f.dirinfo

	// Change the meaning of n for the implementation below.
	//
	// The n above was for the public interface of "if n <= 0,
	// Readdir returns all the FileInfo from the directory in a
	// single slice".
	//
	// But below, we use only negative to mean looping until the
	// end and positive to mean bounded, with positive
	// terminating at 0.
	if n == 0 {
		n = -1
	}

	for n != 0 {
		// Refill the buffer if necessary
		if d.bufp >= d.nbuf {
			d.bufp = 0
			var err1 error
			d.nbuf, err1 = f.readDirent(*d.buf)
			runtime.KeepAlive(f)
			if err1 != nil {
				return names, dirents, infos, &PathError{Op: "readdirent", Path: f.name, Err: err1}
			}
			if d.nbuf <= 0 {
				break // EOF
			}
		}

		// Drain the buffer
		buf := (*d.buf)[d.bufp:d.nbuf]
		reclen, ok := readInt(buf, direntReclenOff, 2)
		if !ok || reclen > uint64(len(buf)) {
			break
		}
		rec := buf[:reclen]
		d.bufp += int(reclen)
		ino, ok := readInt(rec, direntInoOff, 8)
		if !ok {
			break
		}
		if ino == 0 {
			continue
		}
		const namoff = uint64(direntNameOff)
		namlen := reclen - namoff
		if namoff+namlen > uint64(len(rec)) {
			break
		}
		name := rec[namoff : namoff+namlen]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		// Check for useless names before allocating a string.
		if string(name) == "." || string(name) == ".." {
			continue
		}
		if n > 0 { // see 'n == 0' comment above
			n--
		}
		if mode == readdirName {
			names = append(names, string(name))
		} else if mode == readdirDirEntry {
			de, err := newUnixDirent(f.name, string(name), direntType(rec))
			if IsNotExist(err) {
				// File disappeared between readdir and stat.
				// Treat as if it didn't exist.
				continue
			}
			if err != nil {
				return nil, dirents, nil, err
			}
			dirents = append(dirents, de)
		} else {
			info, err := lstat(f.name + "/" + string(name))
			if IsNotExist(err) {
				// File disappeared between readdir + stat.
				// Treat as if it didn't exist.
				continue
			}
			if err != nil {
				return nil, nil, infos, err
			}
			infos = append(infos, info)
		}
	}

	if n > 0 && len(names)+len(dirents)+len(infos) == 0 {
		return nil, nil, nil, io.EOF
	}
	return names, dirents, infos, nil
}

// readDirent is internal/poll's FD.ReadDirent: getdents64(2).
func (f *File) readDirent(buf []byte) (int, error) {
	if err := f.incref(); err != nil {
		return 0, err
	}
	defer f.decref()
	for {
		n, e := sysGetdents(f.sysfd, buf)
		if errno(e) == _EINTR {
			continue
		}
		if e != 0 {
			return 0, errno(e)
		}
		return n, nil
	}
}

// readInt returns the size-bytes unsigned integer in b at offset off (little-endian).
func readInt(b []byte, off, size uintptr) (u uint64, ok bool) {
	if len(b) < int(off+size) {
		return 0, false
	}
	b = b[off:]
	switch size {
	case 1:
		return uint64(b[0]), true
	case 2:
		return uint64(b[0]) | uint64(b[1])<<8, true
	case 4:
		return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24, true
	case 8:
		return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56, true
	default:
		panic("syscall: readInt with unsupported size")
	}
}

func direntType(buf []byte) FileMode {
	off := direntTypeOff
	if off >= len(buf) {
		return ^FileMode(0) // unknown
	}
	typ := buf[off]
	switch typ {
	case _DT_BLK:
		return ModeDevice
	case _DT_CHR:
		return ModeDevice | ModeCharDevice
	case _DT_DIR:
		return ModeDir
	case _DT_FIFO:
		return ModeNamedPipe
	case _DT_LNK:
		return ModeSymlink
	case _DT_REG:
		return 0
	case _DT_SOCK:
		return ModeSocket
	}
	return ^FileMode(0) // unknown
}

type unixDirent struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *unixDirent) Name() string   { return d.name }
func (d *unixDirent) IsDir() bool    { return d.typ.IsDir() }
func (d *unixDirent) Type() FileMode { return d.typ }

func (d *unixDirent) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return lstat(d.parent + "/" + d.name)
}

func newUnixDirent(parent, name string, typ FileMode) (DirEntry, error) {
	ude := &unixDirent{
		parent: parent,
		name:   name,
		typ:    typ,
	}
	if typ != ^FileMode(0) {
		return ude, nil
	}

	info, err := lstat(parent + "/" + name)
	if err != nil {
		return nil, err
	}

	ude.typ = info.Mode().Type()
	ude.info = info
	return ude, nil
}

// ---- types.go, types_unix.go, stat_linux.go ----

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo = fs.FileInfo

// A FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// A fileStat is the implementation of FileInfo returned by Stat and Lstat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     stat_t
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.Mode().IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return &fs.sys }

// stat_t is Go's syscall.Stat_t for linux/amd64: the kernel's struct stat, which the
// natives fill in place (the value FileInfo.Sys returns).
type stat_t struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32
	Uid       uint32
	Gid       uint32
	X__pad0   int32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	Atim      timespec
	Mtim      timespec
	Ctim      timespec
	X__unused [3]int64
}

// timespec is Go's syscall.Timespec.
type timespec struct {
	Sec  int64
	Nsec int64
}

// Unix returns the time stored in ts as seconds plus nanoseconds.
func (ts *timespec) Unix() (sec int64, nsec int64) {
	return int64(ts.Sec), int64(ts.Nsec)
}

// Nano returns the time stored in ts as nanoseconds.
func (ts *timespec) Nano() int64 {
	return int64(ts.Sec)*1e9 + int64(ts.Nsec)
}

func fillFileStatFromSys(fs *fileStat, name string) {
	fs.name = basename(name)
	fs.size = fs.sys.Size
	fs.modTime = time.Unix(fs.sys.Mtim.Unix())
	fs.mode = FileMode(fs.sys.Mode & 0777)
	switch fs.sys.Mode & _S_IFMT {
	case _S_IFBLK:
		fs.mode |= ModeDevice
	case _S_IFCHR:
		fs.mode |= ModeDevice | ModeCharDevice
	case _S_IFDIR:
		fs.mode |= ModeDir
	case _S_IFIFO:
		fs.mode |= ModeNamedPipe
	case _S_IFLNK:
		fs.mode |= ModeSymlink
	case _S_IFREG:
		// nothing to do
	case _S_IFSOCK:
		fs.mode |= ModeSocket
	}
	if fs.sys.Mode&_S_ISGID != 0 {
		fs.mode |= ModeSetgid
	}
	if fs.sys.Mode&_S_ISUID != 0 {
		fs.mode |= ModeSetuid
	}
	if fs.sys.Mode&_S_ISVTX != 0 {
		fs.mode |= ModeSticky
	}
}

// ---- errors with paths ----

// LinkError records an error during a link or symlink or rename system call and the paths that
// caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error {
	return e.Err
}

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

// Timeout reports whether this error represents a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(timeout)
	return ok && t.Timeout()
}

func (e *SyscallError) Unwrap() error { return e.Err }
