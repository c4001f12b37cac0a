// Package fs: the API golite's type checker sees for import "io/fs".
//
// Names, signatures and constant values are Go 1.19's (src/io/fs, Copyright The Go
// Authors, BSD-style licence). Functions are declared without bodies: golite's
// runtime supplies them. Checked against Go by stdlib/verify_api.sh.
package fs

import (
	"time"
)

// The defined file mode bits are the most significant bits of the FileMode.
const (
	ModeDir        FileMode = 0x80000000
	ModeAppend     FileMode = 0x40000000
	ModeExclusive  FileMode = 0x20000000
	ModeTemporary  FileMode = 0x10000000
	ModeSymlink    FileMode = 0x8000000
	ModeDevice     FileMode = 0x4000000
	ModeNamedPipe  FileMode = 0x2000000
	ModeSocket     FileMode = 0x1000000
	ModeSetuid     FileMode = 0x800000
	ModeSetgid     FileMode = 0x400000
	ModeCharDevice FileMode = 0x200000
	ModeSticky     FileMode = 0x100000
	ModeIrregular  FileMode = 0x80000
	ModeType                = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular
	ModePerm       FileMode = 0777
)

// Generic file system errors.
var (
	ErrInvalid    error
	ErrPermission error
	ErrExist      error
	ErrNotExist   error
	ErrClosed     error
)

// SkipDir is used as a return value from WalkDirFuncs to indicate that the directory named in
// the call is to be skipped.
var SkipDir error // errors.New("skip this directory")

// FileInfoToDirEntry returns a DirEntry that returns information from info.
func FileInfoToDirEntry(info FileInfo) DirEntry

// Glob returns the names of all files matching pattern or nil if there is no matching file.
func Glob(fsys FS, pattern string) (matches []string, err error)

// ReadDir reads the named directory and returns a list of directory entries sorted by filename.
func ReadDir(fsys FS, name string) ([]DirEntry, error)

// ReadFile reads the named file from the file system fs and returns its contents.
func ReadFile(fsys FS, name string) ([]byte, error)

// Stat returns a FileInfo describing the named file from the file system.
func Stat(fsys FS, name string) (FileInfo, error)

// Sub returns an FS corresponding to the subtree rooted at fsys's dir.
func Sub(fsys FS, dir string) (FS, error)

// ValidPath reports whether the given path name is valid for use in a call to Open.
func ValidPath(name string) bool

// WalkDir walks the file tree rooted at root, calling fn for each file or directory in the
// tree, including root.
func WalkDir(fsys FS, root string, fn WalkDirFunc) error

// A DirEntry is an entry read from a directory (using the ReadDir function or a ReadDirFile's
// ReadDir method).
type DirEntry interface {
	// Name returns the name of the file (or subdirectory) described by the entry.
	Name() string
	// IsDir reports whether the entry describes a directory.
	IsDir() bool
	// Type returns the type bits for the entry.
	Type() FileMode
	// Info returns the FileInfo for the file or subdirectory described by the entry.
	Info() (FileInfo, error)
}

// An FS provides access to a hierarchical file system.
type FS interface {
	// Open opens the named file.
	Open(name string) (File, error)
}

// A File provides access to a single file.
type File interface {
	Stat() (FileInfo, error)
	Read([]byte) (int, error)
	Close() error
}

// A FileInfo describes a file and is returned by Stat.
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() any
}

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool

// IsRegular reports whether m describes a regular file.
func (m FileMode) IsRegular() bool

// Perm returns the Unix permission bits in m (m & ModePerm).
func (m FileMode) Perm() FileMode
func (m FileMode) String() string

// Type returns type bits in m (m & ModeType).
func (m FileMode) Type() FileMode

// A GlobFS is a file system with a Glob method.
type GlobFS interface {
	FS
	// Glob returns the names of all files matching pattern, providing an implementation of the
	// top-level Glob function.
	Glob(pattern string) ([]string, error)
}

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string

// Timeout reports whether this error represents a timeout.
func (e *PathError) Timeout() bool
func (e *PathError) Unwrap() error

// ReadDirFS is the interface implemented by a file system that provides an optimized
// implementation of ReadDir.
type ReadDirFS interface {
	FS
	// ReadDir reads the named directory and returns a list of directory entries sorted by filename.
	ReadDir(name string) ([]DirEntry, error)
}

// A ReadDirFile is a directory file whose entries can be read with the ReadDir method.
type ReadDirFile interface {
	File
	// ReadDir reads the contents of the directory and returns a slice of up to n DirEntry values in
	// directory order.
	ReadDir(n int) ([]DirEntry, error)
}

// ReadFileFS is the interface implemented by a file system that provides an optimized
// implementation of ReadFile.
type ReadFileFS interface {
	FS
	// ReadFile reads the named file and returns its contents.
	ReadFile(name string) ([]byte, error)
}

// A StatFS is a file system with a Stat method.
type StatFS interface {
	FS
	// Stat returns a FileInfo describing the file.
	Stat(name string) (FileInfo, error)
}

// A SubFS is a file system with a Sub method.
type SubFS interface {
	FS
	// Sub returns an FS corresponding to the subtree rooted at dir.
	Sub(dir string) (FS, error)
}

// WalkDirFunc is the type of the function called by WalkDir to visit each file or directory.
type WalkDirFunc func(path string, d DirEntry, err error) error
