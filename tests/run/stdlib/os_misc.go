// run

package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	// Process identity: compare with /proc, print only facts that hold everywhere
	fmt.Println("pid > 0:", os.Getpid() > 0, "ppid > 0:", os.Getppid() > 0, "differ:", os.Getpid() != os.Getppid())
	link, err := os.Readlink("/proc/self")
	fmt.Println("pid matches /proc/self:", link == fmt.Sprint(os.Getpid()), err)
	fmt.Println("uid:", os.Getuid() >= 0, os.Geteuid() == os.Getuid(), "gid:", os.Getgid() >= 0, os.Getegid() == os.Getgid())
	groups, err := os.Getgroups()
	fmt.Println("getgroups:", err, groups == nil || len(groups) >= 0)
	fmt.Println("pagesize:", os.Getpagesize())

	// Hostname agrees with the kernel's
	h, err := os.Hostname()
	k, _ := os.ReadFile("/proc/sys/kernel/hostname")
	fmt.Println("hostname:", h != "", h == strings.TrimSpace(string(k)), err)

	// Executable is an absolute path to an existing file
	exe, err := os.Executable()
	fi, serr := os.Stat(exe)
	fmt.Println("executable:", filepath.IsAbs(exe), err, serr, fi != nil && fi.Mode().IsRegular())

	// Getwd agrees with $PWD handling and "."
	wd, err := os.Getwd()
	dot, _ := os.Stat(".")
	wfi, _ := os.Stat(wd)
	fmt.Println("getwd:", filepath.IsAbs(wd), os.SameFile(dot, wfi), err)
	os.Setenv("PWD", "/definitely/not/here")
	wd2, err := os.Getwd()
	fmt.Println("getwd with wrong PWD:", wd2 == wd, err)

	// Pipe
	r, w, err := os.Pipe()
	fmt.Println("pipe:", err, r.Name(), w.Name())
	n, err := w.Write([]byte("through the pipe"))
	fmt.Println("pipe write:", n, err)
	buf := make([]byte, 7)
	n, err = r.Read(buf)
	fmt.Printf("pipe read: %d %v %q\n", n, err, buf[:n])
	fmt.Println("pipe deadline:", r.SetReadDeadline(time.Now().Add(time.Hour)) != nil || true)
	fi, err = r.Stat()
	fmt.Println("pipe stat:", fi.Mode()&os.ModeNamedPipe != 0, fi.Mode().Type() == os.ModeNamedPipe, err)
	_, err = r.Seek(0, io.SeekStart)
	fmt.Println("pipe seek:", err)
	_, err = r.ReadAt(buf, 0)
	fmt.Println("pipe readat:", err)
	fmt.Println("close w:", w.Close())
	rest, err := io.ReadAll(r)
	fmt.Printf("rest: %q %v\n", rest, err)
	n, err = r.Read(buf)
	fmt.Println("read after writer closed:", n, err)
	fmt.Println("close r:", r.Close())

	// A goroutine blocked reading a pipe while another writes to it
	r, w, _ = os.Pipe()
	done := make(chan string)
	go func() {
		data, err := io.ReadAll(r)
		done <- fmt.Sprintf("%d bytes %v", len(data), err)
	}()
	time.Sleep(10 * time.Millisecond)
	for i := 0; i < 100; i++ {
		fmt.Fprintf(w, "line %d\n", i)
	}
	w.Close()
	fmt.Println("reader got:", <-done)
	r.Close()

	// Writing to a pipe whose reader is gone
	r, w, _ = os.Pipe()
	r.Close()
	_, err = w.Write([]byte("x"))
	fmt.Println("write to closed pipe:", err)
	w.Close()

	// NewFile
	f := os.NewFile(^uintptr(0), "bad")
	fmt.Println("newfile -1:", f == nil)
	f = os.NewFile(1, "my stdout")
	fmt.Println("newfile 1:", f.Name(), f.Fd())
	fmt.Fprintln(f, "written through NewFile(1)")
	fmt.Println("std names:", os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Fd(), os.Stdout.Fd(), os.Stderr.Fd())
	fmt.Println("stdout deadline:", os.Stdout.SetDeadline(time.Time{}))

	// CreateTemp / MkdirTemp naming
	dir, err := os.MkdirTemp("", "golite-misc-*-dir")
	base := filepath.Base(dir)
	fmt.Println("mkdirtemp:", err, strings.HasPrefix(base, "golite-misc-"), strings.HasSuffix(base, "-dir"), filepath.Dir(dir) == os.TempDir())
	defer os.RemoveAll(dir)
	tf, err := os.CreateTemp(dir, "pre*.txt")
	tb := filepath.Base(tf.Name())
	fmt.Println("createtemp:", err, strings.HasPrefix(tb, "pre"), strings.HasSuffix(tb, ".txt"), filepath.Dir(tf.Name()) == dir)
	tfi, _ := tf.Stat()
	fmt.Println("createtemp mode:", tfi.Mode())
	tf.Close()
	tf, _ = os.CreateTemp(dir+"/", "nostar")
	fmt.Println("createtemp no star:", strings.HasPrefix(filepath.Base(tf.Name()), "nostar"), !strings.Contains(tf.Name(), "//"))
	tf.Close()
	d2, _ := os.MkdirTemp(dir, "")
	dfi, _ := os.Stat(d2)
	fmt.Println("mkdirtemp empty pattern:", dfi.IsDir(), dfi.Mode())
	seen := map[string]bool{}
	for i := 0; i < 20; i++ {
		t, _ := os.CreateTemp(dir, "many")
		seen[t.Name()] = true
		t.Close()
	}
	fmt.Println("distinct temp names:", len(seen))

	// Chtimes and ModTime
	name := dir + "/times"
	os.WriteFile(name, []byte("t"), 0644)
	mt := time.Date(2001, 2, 3, 4, 5, 6, 789000000, time.UTC)
	at := time.Unix(1e9, 0)
	fmt.Println("chtimes:", os.Chtimes(name, at, mt))
	fi, _ = os.Stat(name)
	fmt.Println("modtime:", fi.ModTime().UTC(), fi.ModTime().Equal(mt), fi.ModTime().Location() == time.Local)
	fmt.Println("chtimes missing:", os.Chtimes(dir+"/none", at, mt) != nil)
	before := time.Now().Add(-time.Minute)
	os.WriteFile(name, []byte("new"), 0644)
	fi, _ = os.Stat(name)
	fmt.Println("modtime after write is recent:", fi.ModTime().After(before))
}
