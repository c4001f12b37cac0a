// run

package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
)

var dir string

func rel(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), dir, "$TMP")
}

func touch(name, content string) {
	if err := os.WriteFile(dir+"/"+name, []byte(content), 0644); err != nil {
		panic(err)
	}
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "golite-os-dir-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	fi, err := os.Stat(dir)
	fmt.Println("tempdir:", fi.IsDir(), fi.Mode(), strings.HasPrefix(fi.Name(), "golite-os-dir-"), err)

	// Mkdir
	fmt.Println("mkdir:", os.Mkdir(dir+"/sub", 0755))
	err = os.Mkdir(dir+"/sub", 0755)
	fmt.Println("mkdir existing:", rel(err))
	fmt.Println("  IsExist:", os.IsExist(err), errors.Is(err, fs.ErrExist), os.IsNotExist(err))
	err = os.Mkdir(dir+"/no/such", 0755)
	fmt.Println("mkdir missing parent:", rel(err), os.IsNotExist(err))
	fmt.Println("mkdir 0700:", os.Mkdir(dir+"/priv", 0700))
	fi, _ = os.Stat(dir + "/priv")
	fmt.Println("  mode:", fi.Mode(), fi.Mode().Perm(), fi.Mode().Type() == fs.ModeDir)
	fmt.Println("mkdir sticky:", os.Mkdir(dir+"/sticky", 0755|os.ModeSticky))
	fi, _ = os.Stat(dir + "/sticky")
	fmt.Println("  mode:", fi.Mode())

	// MkdirAll
	fmt.Println("mkdirall:", os.MkdirAll(dir+"/a/b/c/", 0755))
	fmt.Println("mkdirall existing:", os.MkdirAll(dir+"/a/b", 0755))
	touch("file", "data")
	fmt.Println("mkdirall on file:", rel(os.MkdirAll(dir+"/file", 0755)))
	fmt.Println("mkdirall under file:", rel(os.MkdirAll(dir+"/file/x/y", 0755)))

	// Files in the tree
	touch("a/one.txt", "1")
	touch("a/two.txt", "22")
	touch("a/b/three.txt", "333")
	touch("a/zeta", "")
	touch("a/Ünïcödé", "u")

	// os.ReadDir: sorted by name
	ents, err := os.ReadDir(dir + "/a")
	fmt.Println("readdir:", len(ents), err)
	for _, e := range ents {
		info, ierr := e.Info()
		size := info.Size()
		if info.IsDir() {
			size = -1 // a directory's size depends on the file system
		}
		fmt.Printf("  %-12s dir=%-5v type=%v size=%d mode=%v %v\n", e.Name(), e.IsDir(), e.Type(), size, info.Mode(), ierr)
	}
	_, err = os.ReadDir(dir + "/missing")
	fmt.Println("readdir missing:", rel(err))
	ents, err = os.ReadDir(dir + "/file")
	fmt.Println("readdir file:", len(ents), rel(err))
	ents, err = os.ReadDir(dir + "/sub")
	fmt.Println("readdir empty:", len(ents), ents != nil, err)

	// File.ReadDir(n) in batches; directory order is the file system's, so sort
	f, _ := os.Open(dir + "/a")
	var names []string
	for {
		batch, err := f.ReadDir(2)
		if err == io.EOF {
			fmt.Println("  batch EOF:", len(batch))
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Println("  batch:", len(batch))
		for _, e := range batch {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	fmt.Println("names:", names)
	more, err := f.ReadDir(-1)
	fmt.Println("after EOF, n<=0:", len(more), more != nil, err)
	more, err = f.ReadDir(1)
	fmt.Println("after EOF, n>0:", len(more), err)
	// Seek to 0 restarts
	off, err := f.Seek(0, io.SeekStart)
	fmt.Println("seek 0:", off, err)
	all, err := f.Readdirnames(0)
	sort.Strings(all)
	fmt.Println("readdirnames:", all, err)
	f.Close()

	f, _ = os.Open(dir + "/a")
	infos, err := f.Readdir(-1)
	sort.Slice(infos, func(i, j int) bool { return infos[i].Name() < infos[j].Name() })
	for _, fi := range infos {
		if fi.IsDir() {
			fmt.Println("  readdir info:", fi.Name(), fi.IsDir(), fi.Mode())
		} else {
			fmt.Println("  readdir info:", fi.Name(), fi.Size(), fi.IsDir(), fi.Mode())
		}
	}
	f.Close()

	f, _ = os.Open(dir + "/file")
	_, err = f.Readdirnames(-1)
	fmt.Println("readdirnames on file:", rel(err))
	ri, err := f.Readdir(1)
	fmt.Println("readdir on file:", len(ri), ri != nil, rel(err))
	f.Close()

	// Remove
	fmt.Println("remove file:", os.Remove(dir+"/a/zeta"))
	err = os.Remove(dir + "/a/zeta")
	fmt.Println("remove missing:", rel(err), os.IsNotExist(err))
	err = os.Remove(dir + "/a")
	fmt.Println("remove non-empty:", rel(err))
	fmt.Println("  IsExist:", os.IsExist(err), errors.Is(err, fs.ErrExist))
	fmt.Println("remove empty dir:", os.Remove(dir+"/sub"))
	fmt.Println("remove through file:", rel(os.Remove(dir+"/file/x")))

	// Rename
	fmt.Println("rename:", os.Rename(dir+"/file", dir+"/file2"))
	err = os.Rename(dir+"/file", dir+"/file3")
	fmt.Println("rename missing:", rel(err))
	var le *os.LinkError
	fmt.Println("  LinkError:", errors.As(err, &le), le.Op, rel(le.Old), rel(le.New), le.Err.Error(), os.IsNotExist(err))
	fmt.Println("rename onto dir:", rel(os.Rename(dir+"/file2", dir+"/priv")))
	fmt.Println("rename dir onto itself:", rel(os.Rename(dir+"/priv", dir+"/priv")))
	fmt.Println("rename missing onto dir:", rel(os.Rename(dir+"/nope", dir+"/priv")))
	fmt.Println("rename into own subdir:", rel(os.Rename(dir+"/a", dir+"/a/b/a")))
	fmt.Println("rename dir:", os.Rename(dir+"/priv", dir+"/priv2"))

	// Links
	fmt.Println("symlink:", os.Symlink("file2", dir+"/link"))
	target, err := os.Readlink(dir + "/link")
	fmt.Println("readlink:", target, err)
	fmt.Println("symlink existing:", rel(os.Symlink("x", dir+"/link")))
	_, err = os.Readlink(dir + "/file2")
	fmt.Println("readlink non-link:", rel(err))
	_, err = os.Readlink(dir + "/nolink")
	fmt.Println("readlink missing:", rel(err))
	long := strings.Repeat("x", 300)
	os.Symlink(long, dir+"/longlink")
	target, err = os.Readlink(dir + "/longlink")
	fmt.Println("readlink long:", len(target), target == long, err)

	lfi, err := os.Lstat(dir + "/link")
	fmt.Println("lstat link:", lfi.Name(), lfi.Mode()&fs.ModeSymlink != 0, lfi.Mode().Type() == fs.ModeSymlink, err)
	sfi, err := os.Stat(dir + "/link")
	fmt.Println("stat link:", sfi.Name(), sfi.Mode(), sfi.Size(), err)
	ffi, _ := os.Stat(dir + "/file2")
	fmt.Println("samefile:", os.SameFile(sfi, ffi), os.SameFile(lfi, ffi), os.SameFile(nil, ffi))
	os.Symlink("nowhere", dir+"/dangling")
	_, err = os.Stat(dir + "/dangling")
	fmt.Println("stat dangling:", rel(err))
	_, err = os.Lstat(dir + "/missing")
	fmt.Println("lstat missing:", rel(err))

	fmt.Println("link:", os.Link(dir+"/file2", dir+"/hard"))
	hfi, _ := os.Stat(dir + "/hard")
	fmt.Println("samefile hard:", os.SameFile(hfi, ffi))
	err = os.Link(dir+"/file2", dir+"/hard")
	fmt.Println("link existing:", rel(err), os.IsExist(err))
	err = os.Link(dir+"/a", dir+"/dirlink")
	fmt.Println("link dir:", rel(err), os.IsPermission(err), errors.Is(err, fs.ErrPermission))
	err = os.Link(dir+"/none", dir+"/x")
	fmt.Println("link missing:", rel(err))

	// ReadDir sees the link types
	ents, _ = os.ReadDir(dir)
	for _, e := range ents {
		fmt.Printf("  %s %v\n", e.Name(), e.Type())
	}

	// Chmod by name
	fmt.Println("chmod:", os.Chmod(dir+"/file2", 0600|os.ModeSetgid))
	fi, _ = os.Stat(dir + "/file2")
	fmt.Println("  mode:", fi.Mode())
	fmt.Println("chmod missing:", rel(os.Chmod(dir+"/zz", 0600)))
	fmt.Println("chown self:", os.Chown(dir+"/file2", os.Getuid(), os.Getgid()))
	fmt.Println("chown missing:", rel(os.Chown(dir+"/zz", 0, 0)))
	fmt.Println("lchown link:", os.Lchown(dir+"/link", -1, -1))

	// Chdir / Getwd
	wd, _ := os.Getwd()
	fmt.Println("chdir:", os.Chdir(dir+"/a"))
	here, err := os.Getwd()
	fmt.Println("getwd:", rel(here), err)
	data, err := os.ReadFile("one.txt")
	fmt.Printf("relative read: %q %v\n", data, err)
	fmt.Println("chdir missing:", rel(os.Chdir(dir+"/none")))
	fmt.Println("chdir file:", rel(os.Chdir(dir+"/file2")))
	d, _ := os.Open(dir + "/a/b")
	fmt.Println("file chdir:", d.Chdir())
	here, _ = os.Getwd()
	fmt.Println("getwd:", rel(here))
	d.Close()
	f, _ = os.Open(dir + "/file2")
	fmt.Println("file chdir on file:", rel(f.Chdir()))
	f.Close()
	os.Chdir(wd)

	// RemoveAll
	fmt.Println("removeall:", os.RemoveAll(dir+"/a"))
	_, err = os.Stat(dir + "/a")
	fmt.Println("  gone:", os.IsNotExist(err))
	fmt.Println("removeall missing:", os.RemoveAll(dir+"/a"))
	fmt.Println("removeall empty:", os.RemoveAll(""))
	fmt.Println("removeall dot:", rel(os.RemoveAll(dir+"/.")))
	fmt.Println("removeall file:", os.RemoveAll(dir+"/hard"))
	os.MkdirAll(dir+"/deep/1/2/3/4", 0755)
	for i := 0; i < 50; i++ {
		touch(fmt.Sprintf("deep/1/2/f%d", i), "x")
	}
	fmt.Println("removeall deep:", os.RemoveAll(dir+"/deep"))

	ents, _ = os.ReadDir(dir)
	for _, e := range ents {
		fmt.Println("  left:", e.Name())
	}
}
