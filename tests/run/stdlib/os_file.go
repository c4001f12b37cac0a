// run

package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"
)

var dir string

// rel prints an error with the temporary directory's path replaced by $TMP.
func rel(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), dir, "$TMP")
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "golite-os-file-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	name := dir + "/a.txt"

	// Create, Write, WriteString, Name
	f, err := os.Create(name)
	fmt.Println("create:", err, rel(f.Name()))
	n, err := f.Write([]byte("hello, "))
	fmt.Println("write:", n, err)
	n, err = f.WriteString("wörld\n")
	fmt.Println("writestring:", n, err)
	n, err = f.Write(nil)
	fmt.Println("write nil:", n, err)

	// Seek and Read on the same file
	off, err := f.Seek(0, io.SeekStart)
	fmt.Println("seek:", off, err)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Printf("read: %d %v %q\n", n, err, buf[:n])
	off, err = f.Seek(-3, io.SeekEnd)
	fmt.Println("seek end:", off, err)
	n, err = f.Read(buf)
	fmt.Printf("read: %d %v %q\n", n, err, buf[:n])
	n, err = f.Read(buf)
	fmt.Println("read at EOF:", n, err, err == io.EOF)
	n, err = f.Read(nil)
	fmt.Println("read empty:", n, err)
	off, err = f.Seek(2, io.SeekCurrent)
	fmt.Println("seek past end:", off, err)
	_, err = f.Seek(-100, io.SeekStart)
	fmt.Println("seek negative:", rel(err))
	_, err = f.Seek(0, 7)
	fmt.Println("seek bad whence:", rel(err))

	// ReadAt / WriteAt
	buf = make([]byte, 4)
	n, err = f.ReadAt(buf, 2)
	fmt.Printf("readat: %d %v %q\n", n, err, buf[:n])
	n, err = f.ReadAt(buf, 11)
	fmt.Printf("readat short: %d %v %q\n", n, err, buf[:n])
	n, err = f.ReadAt(buf, -1)
	fmt.Println("readat negative:", n, rel(err))
	n, err = f.ReadAt(nil, 1000)
	fmt.Println("readat empty:", n, err)
	n, err = f.WriteAt([]byte("HE"), 0)
	fmt.Println("writeat:", n, err)
	n, err = f.WriteAt([]byte("x"), -5)
	fmt.Println("writeat negative:", n, rel(err))
	n, err = f.WriteAt([]byte("!"), 20)
	fmt.Println("writeat past end:", n, err)

	// Stat on the open file
	fi, err := f.Stat()
	fmt.Println("stat:", fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), err)
	fmt.Println("sys non-nil:", fi.Sys() != nil)

	// Truncate, Sync, Chmod
	fmt.Println("truncate:", f.Truncate(5))
	fmt.Println("truncate negative:", rel(f.Truncate(-1)))
	fmt.Println("sync:", f.Sync())
	fmt.Println("chmod:", f.Chmod(0640))
	fi, _ = f.Stat()
	fmt.Println("after truncate/chmod:", fi.Size(), fi.Mode())

	// Deadlines: a regular file does not support them
	err = f.SetDeadline(time.Now())
	fmt.Println("setdeadline:", err, err == os.ErrNoDeadline)
	fmt.Println("setreaddeadline:", f.SetReadDeadline(time.Time{}))
	fmt.Println("setwritedeadline:", f.SetWriteDeadline(time.Time{}))

	// Close twice and use after close
	fmt.Println("fd valid:", f.Fd() != ^uintptr(0))
	fmt.Println("close:", f.Close())
	err = f.Close()
	fmt.Println("close again:", rel(err))
	fmt.Println("  is ErrClosed:", errors.Is(err, os.ErrClosed), errors.Is(err, fs.ErrClosed))
	_, err = f.Read(buf)
	fmt.Println("read after close:", rel(err))
	_, err = f.Write(buf)
	fmt.Println("write after close:", rel(err))
	_, err = f.WriteString("x")
	fmt.Println("writestring after close:", rel(err))
	_, err = f.ReadAt(buf, 0)
	fmt.Println("readat after close:", rel(err))
	_, err = f.WriteAt(buf, 0)
	fmt.Println("writeat after close:", rel(err))
	_, err = f.Seek(0, 0)
	fmt.Println("seek after close:", rel(err))
	_, err = f.Stat()
	fmt.Println("stat after close:", rel(err))
	fmt.Println("sync after close:", rel(f.Sync()))
	fmt.Println("truncate after close:", rel(f.Truncate(0)))
	fmt.Println("chmod after close:", rel(f.Chmod(0600)))
	fmt.Println("chown after close:", rel(f.Chown(-1, -1)))
	fmt.Println("chdir after close:", rel(f.Chdir()))
	fmt.Println("setdeadline after close:", rel(f.SetDeadline(time.Time{})))
	_, err = f.ReadDir(-1)
	fmt.Println("readdir after close:", rel(err))
	fmt.Println("fd after close:", f.Fd() == ^uintptr(0))

	// The file's contents
	data, err := os.ReadFile(name)
	fmt.Printf("readfile: %q %v\n", data, err)

	// Open is read-only: writing fails
	f, _ = os.Open(name)
	_, err = f.Write([]byte("x"))
	fmt.Println("write read-only:", rel(err))
	var pe *fs.PathError
	fmt.Println("  as PathError:", errors.As(err, &pe), pe.Op, rel(pe.Path), pe.Err.Error())
	_, err = f.WriteString("")
	fmt.Println("write empty read-only:", rel(err))
	f.Close()

	// Write-only: reading fails
	f, _ = os.OpenFile(name, os.O_WRONLY, 0)
	_, err = f.Read(make([]byte, 1))
	fmt.Println("read write-only:", rel(err))
	f.Close()

	// O_APPEND
	f, err = os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	fmt.Println("open append:", err)
	f.WriteString(" more")
	_, err = f.WriteAt([]byte("x"), 0)
	fmt.Println("writeat append:", err)
	f.Close()
	data, _ = os.ReadFile(name)
	fmt.Printf("after append: %q\n", data)

	// O_EXCL, O_TRUNC, O_CREATE with perm
	_, err = os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0600)
	fmt.Println("excl existing:", rel(err), os.IsExist(err), errors.Is(err, fs.ErrExist))
	f, err = os.OpenFile(name, os.O_RDWR|os.O_TRUNC, 0)
	fi, _ = f.Stat()
	fmt.Println("trunc:", err, fi.Size())
	f.Close()
	f, err = os.OpenFile(dir+"/new", os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0604)
	fi, _ = f.Stat()
	fmt.Println("create perm 0604:", err, fi.Mode())
	f.Close()
	f, err = os.OpenFile(dir+"/setuid", os.O_WRONLY|os.O_CREATE, 0755|os.ModeSetuid)
	fi, _ = f.Stat()
	fmt.Println("create setuid:", err, fi.Mode())
	f.Close()

	// Errors from Open
	_, err = os.Open("/nonexistent")
	fmt.Println("open missing:", err)
	fmt.Println("  IsNotExist:", os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	_, err = os.Open(dir + "/a.txt/b")
	fmt.Println("open through file:", rel(err))
	_, err = os.Open("bad\x00name")
	fmt.Printf("open NUL: %q\n", rel(err))
	_, err = os.Open("")
	fmt.Println("open empty:", err)
	_, err = os.OpenFile(dir, os.O_WRONLY, 0)
	fmt.Println("open dir for writing:", rel(err))
	_, err = os.Create(dir + "/missing/x")
	fmt.Println("create in missing dir:", rel(err))

	// Reading a directory
	d, err := os.Open(dir)
	fmt.Println("open dir:", err)
	_, err = d.Read(make([]byte, 10))
	fmt.Println("read dir:", rel(err))
	_, err = os.ReadFile(dir)
	fmt.Println("readfile dir:", rel(err))
	d.Close()

	// A nil *File
	var nf *os.File
	fmt.Println("nil close:", nf.Close())
	_, err = nf.Read(buf)
	fmt.Println("nil read:", err)
	_, err = nf.Write(buf)
	fmt.Println("nil write:", err)
	_, err = nf.Stat()
	fmt.Println("nil stat:", err)
	fmt.Println("nil fd:", nf.Fd() == ^uintptr(0))

	// WriteFile / ReadFile
	err = os.WriteFile(dir+"/w.txt", []byte("line1\nline2\n"), 0644)
	fmt.Println("writefile:", err)
	data, err = os.ReadFile(dir + "/w.txt")
	fmt.Printf("readfile: %q %v\n", data, err)
	err = os.WriteFile(dir+"/w.txt", nil, 0644)
	data, err = os.ReadFile(dir + "/w.txt")
	fmt.Printf("readfile empty: %q %v %v\n", data, data == nil, err)
	err = os.WriteFile(dir+"/nodir/w.txt", nil, 0644)
	fmt.Println("writefile missing dir:", rel(err))
	_, err = os.ReadFile(dir + "/nothere")
	fmt.Println("readfile missing:", rel(err))

	// A big file: several reads
	big := strings.Repeat("0123456789abcdef", 10000)
	os.WriteFile(dir+"/big", []byte(big), 0644)
	data, err = os.ReadFile(dir + "/big")
	fmt.Println("big:", len(data), string(data) == big, err)

	// /proc files claim size 0
	data, err = os.ReadFile("/proc/self/stat")
	fmt.Println("proc:", len(data) > 0, err)

	// Truncate by name
	fmt.Println("truncate name:", os.Truncate(dir+"/big", 10))
	fi, _ = os.Stat(dir + "/big")
	fmt.Println("size:", fi.Size())
	fmt.Println("truncate missing:", rel(os.Truncate(dir+"/zz", 0)))

	// ReadFrom
	f, _ = os.Create(dir + "/rf")
	n64, err := f.ReadFrom(strings.NewReader("from a reader"))
	fmt.Println("readfrom:", n64, err)
	g, _ := os.Open(dir + "/big")
	n64, err = f.ReadFrom(g)
	fmt.Println("readfrom file:", n64, err)
	g.Close()
	f.Close()
	data, _ = os.ReadFile(dir + "/rf")
	fmt.Printf("%q\n", data)
}
