// run

package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

var dir string

func rel(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), dir, "$TMP")
}

type myTimeout struct{}

func (myTimeout) Error() string { return "my timeout" }
func (myTimeout) Timeout() bool { return true }

func classify(name string, err error) {
	fmt.Printf("%-22s %-60s exist=%-5v notexist=%-5v perm=%-5v timeout=%-5v | Is: %v %v %v %v\n",
		name, rel(err), os.IsExist(err), os.IsNotExist(err), os.IsPermission(err), os.IsTimeout(err),
		errors.Is(err, fs.ErrExist), errors.Is(err, fs.ErrNotExist), errors.Is(err, fs.ErrPermission), errors.Is(err, os.ErrClosed))
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "golite-os-errors")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	os.WriteFile(dir+"/f", []byte("x"), 0644)
	os.Mkdir(dir+"/d", 0755)
	os.WriteFile(dir+"/d/x", nil, 0644)

	// The sentinel errors' texts
	for _, e := range []error{os.ErrInvalid, os.ErrPermission, os.ErrExist, os.ErrNotExist, os.ErrClosed, os.ErrNoDeadline, os.ErrDeadlineExceeded, fs.SkipDir} {
		fmt.Printf("%q\n", e.Error())
	}
	fmt.Println("same as fs:", os.ErrInvalid == fs.ErrInvalid, os.ErrPermission == fs.ErrPermission,
		os.ErrExist == fs.ErrExist, os.ErrNotExist == fs.ErrNotExist, os.ErrClosed == fs.ErrClosed)
	fmt.Println("deadline exceeded is timeout:", os.IsTimeout(os.ErrDeadlineExceeded), os.IsTimeout(os.ErrNoDeadline))

	// Errors from the system, classified
	_, err = os.Open(dir + "/missing")
	classify("open missing", err)
	err = os.Mkdir(dir+"/d", 0755)
	classify("mkdir existing", err)
	err = os.Remove(dir + "/d")
	classify("remove non-empty", err)
	err = os.Link(dir+"/d", dir+"/d2")
	classify("link dir", err)
	err = os.Rename(dir+"/missing", dir+"/x")
	classify("rename missing", err)
	err = os.Symlink("f", dir+"/f")
	classify("symlink existing", err)
	_, err = os.Open(dir + "/f/x")
	classify("open through file", err)
	f, _ := os.Open(dir + "/f")
	f.Close()
	err = f.Close()
	classify("close twice", err)
	_, err = f.Read(nil)
	classify("read closed", err)
	err = os.Setenv("", "")
	classify("setenv", err)
	classify("nil", nil)
	classify("plain ErrNotExist", os.ErrNotExist)
	classify("plain ErrExist", fs.ErrExist)
	classify("plain ErrPermission", os.ErrPermission)
	classify("io.EOF", io.EOF)
	classify("wrapped", fmt.Errorf("wrapped: %w", &fs.PathError{Op: "op", Path: "p", Err: fs.ErrNotExist}))
	classify("timeout", &os.SyscallError{Syscall: "x", Err: myTimeout{}})
	classify("deadline", &fs.PathError{Op: "read", Path: "|0", Err: os.ErrDeadlineExceeded})

	// More kernel errors and their texts
	os.Symlink("loop2", dir+"/loop1")
	os.Symlink("loop1", dir+"/loop2")
	_, err = os.Stat(dir + "/loop1")
	classify("symlink loop", err)
	_, err = os.Open(dir + "/" + strings.Repeat("n", 300))
	classify("name too long", err)
	err = os.Rename(dir+"/d", dir+"/d/x/y")
	classify("rename into itself", err)
	err = os.Remove(dir + "/")
	classify("remove non-empty /", err)
	_, err = os.OpenFile(dir+"/d", os.O_RDWR, 0)
	classify("open dir rdwr", err)
	err = os.Mkdir("", 0755)
	classify("mkdir empty", err)

	// Wrapped system errors: os.IsNotExist unwraps only os's own types
	_, err = os.Stat(dir + "/missing")
	w := fmt.Errorf("context: %w", err)
	fmt.Println("wrapped stat:", os.IsNotExist(w), errors.Is(w, fs.ErrNotExist))

	// PathError methods
	pe := &fs.PathError{Op: "open", Path: "/x", Err: myTimeout{}}
	fmt.Println("PathError:", pe.Error(), pe.Timeout(), pe.Unwrap() == myTimeout{})
	pe = &os.PathError{Op: "open", Path: "/x", Err: io.EOF}
	fmt.Println("PathError:", pe, pe.Timeout(), pe.Unwrap() == io.EOF)

	// LinkError methods
	le := &os.LinkError{Op: "rename", Old: "a", New: "b", Err: os.ErrNotExist}
	fmt.Println("LinkError:", le.Error(), le.Unwrap() == os.ErrNotExist, os.IsNotExist(le), errors.Is(le, fs.ErrNotExist))

	// SyscallError and NewSyscallError
	fmt.Println("NewSyscallError nil:", os.NewSyscallError("x", nil) == nil)
	err = os.NewSyscallError("pipe", io.ErrClosedPipe)
	fmt.Println("NewSyscallError:", err, errors.Unwrap(err) == io.ErrClosedPipe, os.IsTimeout(err))
	se := &os.SyscallError{Syscall: "read", Err: myTimeout{}}
	fmt.Println("SyscallError:", se.Error(), se.Timeout(), se.Unwrap())

	// errors.As through the chain
	_, err = os.ReadFile(dir + "/missing")
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		fmt.Println("As PathError:", pathErr.Op, rel(pathErr.Path), pathErr.Err.Error())
	}
	var osPathErr *os.PathError
	fmt.Println("As os.PathError:", errors.As(err, &osPathErr), osPathErr == pathErr)
	var linkErr *os.LinkError
	fmt.Println("As LinkError:", errors.As(err, &linkErr))
	err = os.Rename(dir+"/missing", dir+"/x")
	fmt.Println("As LinkError:", errors.As(err, &linkErr), linkErr.Op)

	// The underlying error value is comparable and reusable
	_, err1 := os.Open(dir + "/missing1")
	_, err2 := os.Open(dir + "/missing2")
	e1 := err1.(*fs.PathError).Err
	e2 := err2.(*fs.PathError).Err
	fmt.Println("errno equal:", e1 == e2, e1.Error())
	type temporary interface{ Temporary() bool }
	type timeouter interface{ Timeout() bool }
	t1, ok1 := e1.(temporary)
	t2, ok2 := e1.(timeouter)
	fmt.Println("errno methods:", ok1, ok2, t1.Temporary(), t2.Timeout())
	fmt.Println("errno Is:", errors.Is(e1, fs.ErrNotExist), errors.Is(e1, fs.ErrExist))
}
