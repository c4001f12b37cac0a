// Package os: the API golite's type checker sees for import "os".
//
// Names, signatures and constant values are Go 1.19's (src/os, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
//
// Constant values are Linux's (O_* flags), as on linux/amd64.
package os

import (
	"errors"
	"io"
	"io/fs"
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
	ErrInvalid          error // fs.ErrInvalid
	ErrPermission       error // fs.ErrPermission
	ErrExist            error // fs.ErrExist
	ErrNotExist         error // fs.ErrNotExist
	ErrClosed           error // fs.ErrClosed
	ErrNoDeadline       error
	ErrDeadlineExceeded error
)

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

// write is golite's: write(2) on fd, returning the count written (native).
func write(fd uintptr, b []byte) int

// read is golite's: read(2) on fd, returning the count read and errno, 0 on success (native).
func read(fd uintptr, b []byte) (n int, errno int)

// strerror is golite's: the text of an errno value (native).
func strerror(errno int) string

// Chdir changes the current working directory to the named directory.
func Chdir(dir string) error

// Chmod changes the mode of the named file to mode.
func Chmod(name string, mode FileMode) error

// Chown changes the numeric uid and gid of the named file.
func Chown(name string, uid, gid int) error

// Chtimes changes the access and modification times of the named file, similar to the Unix
// utime() or utimes() functions.
func Chtimes(name string, atime time.Time, mtime time.Time) error

// Clearenv deletes all environment variables.
func Clearenv()

// Create creates or truncates the named file.
func Create(name string) (*File, error)

// CreateTemp creates a new temporary file in the directory dir, opens the file for reading and
// writing, and returns the resulting file.
func CreateTemp(dir, pattern string) (*File, error)

// DirFS returns a file system (an fs.FS) for the tree of files rooted at the directory dir.
func DirFS(dir string) fs.FS

// Environ returns a copy of strings representing the environment, in the form "key=value".
func Environ() []string

// Executable returns the path name for the executable that started the current process.
func Executable() (string, error)

// Exit causes the current program to exit with the given status code.
func Exit(code int)

// Expand replaces ${var} or $var in the string based on the mapping function.
func Expand(s string, mapping func(string) string) string

// ExpandEnv replaces ${var} or $var in the string according to the values of the current
// environment variables.
func ExpandEnv(s string) string

// Getegid returns the numeric effective group id of the caller.
func Getegid() int

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int

// Getgid returns the numeric group id of the caller.
func Getgid() int

// Getgroups returns a list of the numeric ids of groups that the caller belongs to.
func Getgroups() ([]int, error)

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int

// Getpid returns the process id of the caller.
func Getpid() int

// Getppid returns the process id of the caller's parent.
func Getppid() int

// Getuid returns the numeric user id of the caller.
func Getuid() int

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error)

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error)

// IsExist returns a boolean indicating whether the error is known to report that a file or
// directory already exists.
func IsExist(err error) bool

// IsNotExist returns a boolean indicating whether the error is known to report that a file or
// directory does not exist.
func IsNotExist(err error) bool

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool

// IsPermission returns a boolean indicating whether the error is known to report that
// permission is denied.
func IsPermission(err error) bool

// IsTimeout returns a boolean indicating whether the error is known to report that a timeout
// occurred.
func IsTimeout(err error) bool

// Lchown changes the numeric uid and gid of the named file.
func Lchown(name string, uid, gid int) error

// Link creates newname as a hard link to the oldname file.
func Link(oldname, newname string) error

// LookupEnv retrieves the value of the environment variable named by the key.
func LookupEnv(key string) (string, bool)

// Lstat returns a FileInfo describing the named file.
func Lstat(name string) (FileInfo, error)

// Mkdir creates a new directory with the specified name and permission bits (before umask).
func Mkdir(name string, perm FileMode) error

// MkdirAll creates a directory named path, along with any necessary parents, and returns nil,
// or else returns an error.
func MkdirAll(path string, perm FileMode) error

// MkdirTemp creates a new temporary directory in the directory dir and returns the pathname of
// the new directory.
func MkdirTemp(dir, pattern string) (string, error)

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{fd, name}
}

// NewSyscallError returns, as an error, a new SyscallError with the given system call name and
// error details.
func NewSyscallError(syscall string, err error) error

// Open opens the named file for reading.
func Open(name string) (*File, error)

// OpenFile is the generalized open call; most users will use Open or Create instead.
func OpenFile(name string, flag int, perm FileMode) (*File, error)

// Pipe returns a connected pair of Files; reads from r return bytes written to w.
func Pipe() (r *File, w *File, err error)

// ReadDir reads the named directory, returning all its directory entries sorted by filename.
func ReadDir(name string) ([]DirEntry, error)

// ReadFile reads the named file and returns the contents.
func ReadFile(name string) ([]byte, error)

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error)

// Remove removes the named file or (empty) directory.
func Remove(name string) error

// RemoveAll removes path and any children it contains.
func RemoveAll(path string) error

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error

// SameFile reports whether fi1 and fi2 describe the same file.
func SameFile(fi1, fi2 FileInfo) bool

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error

// Stat returns a FileInfo describing the named file.
func Stat(name string) (FileInfo, error)

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error

// TempDir returns the default directory to use for temporary files.
func TempDir() string

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error

// UserCacheDir returns the default root directory to use for user-specific cached data.
func UserCacheDir() (string, error)

// UserConfigDir returns the default root directory to use for user-specific configuration data.
func UserConfigDir() (string, error)

// UserHomeDir returns the current user's home directory.
func UserHomeDir() (string, error)

// WriteFile writes data to the named file, creating it if necessary.
func WriteFile(name string, data []byte, perm FileMode) error

// A DirEntry is an entry read from a directory (using the ReadDir function or a File's ReadDir
// method).
type DirEntry = fs.DirEntry

// File represents an open file descriptor.
type File struct {
	fd   uintptr // golite: the descriptor (Go: *file)
	name string
}

// Chdir changes the current working directory to the file, which must be a directory.
func (f *File) Chdir() error

// Chmod changes the mode of the file to mode.
func (f *File) Chmod(mode FileMode) error

// Chown changes the numeric uid and gid of the named file.
func (f *File) Chown(uid, gid int) error

// Close closes the File, rendering it unusable for I/O.
func (f *File) Close() error

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	return f.fd
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string {
	return f.name
}

// Read reads up to len(b) bytes from the File and stores them in b.
func (f *File) Read(b []byte) (n int, err error) {
	if len(b) == 0 {
		return 0, nil
	}
	n, errno := read(f.fd, b)
	if errno != 0 {
		return n, errors.New("read " + f.name + ": " + strerror(errno))
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// ReadAt reads len(b) bytes from the File starting at byte offset off.
func (f *File) ReadAt(b []byte, off int64) (n int, err error)

// ReadDir reads the contents of the directory associated with the file f and returns a slice of
// DirEntry values in directory order.
func (f *File) ReadDir(n int) ([]DirEntry, error)

// ReadFrom implements io.ReaderFrom.
func (f *File) ReadFrom(r io.Reader) (n int64, err error)

// Readdir reads the contents of the directory associated with file and returns a slice of up to
// n FileInfo values, as would be returned by Lstat, in directory order.
func (f *File) Readdir(n int) ([]FileInfo, error)

// Readdirnames reads the contents of the directory associated with file and returns a slice of
// up to n names of files in the directory, in directory order.
func (f *File) Readdirnames(n int) (names []string, err error)

// Seek sets the offset for the next Read or Write on file to offset, interpreted according to
// whence: 0 means relative to the origin of the file, 1 means relative to the current offset,
// and 2 means relative to the end.
func (f *File) Seek(offset int64, whence int) (ret int64, err error)

// SetDeadline sets the read and write deadlines for a File.
func (f *File) SetDeadline(t time.Time) error

// SetReadDeadline sets the deadline for future Read calls and any currently-blocked Read call.
func (f *File) SetReadDeadline(t time.Time) error

// SetWriteDeadline sets the deadline for any future Write calls and any currently-blocked Write
// call.
func (f *File) SetWriteDeadline(t time.Time) error

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error)

// Sync commits the current contents of the file to stable storage.
func (f *File) Sync() error

// Truncate changes the size of the file.
func (f *File) Truncate(size int64) error

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	return write(f.fd, b), nil
}

// WriteAt writes len(b) bytes to the File starting at byte offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error)

// WriteString is like Write, but writes the contents of string s rather than a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return write(f.fd, []byte(s)), nil
}

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo = fs.FileInfo

// A FileMode represents a file's mode and permission bits.
type FileMode = fs.FileMode

// LinkError records an error during a link or symlink or rename system call and the paths that
// caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string
func (e *LinkError) Unwrap() error

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string

// Timeout reports whether this error represents a timeout.
func (e *SyscallError) Timeout() bool
func (e *SyscallError) Unwrap() error
