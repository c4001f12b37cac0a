// run

// path/filepath's functions over the file system: Walk, WalkDir (SkipDir,
// errors, a missing root), Glob and Abs, on a tree made in a temporary directory.

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

var root string

func rel(p string) string {
	r, err := filepath.Rel(root, p)
	if err != nil {
		return "REL ERROR " + err.Error()
	}
	return r
}

// base is the name of a file, the temporary root's random name hidden.
func base(path, name string) string {
	if path == root {
		return "ROOTNAME"
	}
	return name
}

func clean(err error) string {
	if err == nil {
		return "<nil>"
	}
	return strings.ReplaceAll(err.Error(), root, "ROOT")
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	var err error
	root, err = os.MkdirTemp("", "walktest")
	must(err)
	defer os.RemoveAll(root)

	for _, d := range []string{"b", "b/d", "skip", "skip/inner", "z"} {
		must(os.Mkdir(filepath.Join(root, d), 0o755))
	}
	for _, f := range []string{"a.txt", "b/c.go", "b/c2.go", "e.go", "skip/x.go", "skip/inner/y.go", "z/1", "z/2", "z/3", "日本.go"} {
		must(os.WriteFile(filepath.Join(root, f), []byte(f), 0o644))
	}

	fmt.Println("Walk:")
	err = filepath.Walk(root, func(path string, info fs.FileInfo, err error) error {
		if err != nil {
			fmt.Println("  error", rel(path), clean(err))
			return err
		}
		size := int64(-1)
		if info.Mode().IsRegular() {
			size = info.Size()
		}
		fmt.Printf("  %s name=%s dir=%v size=%d\n", rel(path), base(path, info.Name()), info.IsDir(), size)
		return nil
	})
	fmt.Println("  ->", err)

	fmt.Println("WalkDir:")
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, ierr := d.Info()
		fmt.Printf("  %s name=%s dir=%v type=%v info=%v/%v\n", rel(path), base(path, d.Name()), d.IsDir(), d.Type(), base(path, info.Name()), ierr)
		return nil
	})
	fmt.Println("  ->", err)

	fmt.Println("SkipDir on a directory, and on a file (skips the rest of its directory):")
	walkFn := func(path string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		fmt.Println("  visit", rel(path))
		if info.IsDir() && info.Name() == "skip" {
			return filepath.SkipDir
		}
		if info.Name() == "1" {
			return filepath.SkipDir
		}
		return nil
	}
	fmt.Println("  ->", filepath.Walk(root, walkFn))

	fmt.Println("WalkDir SkipDir (fs.SkipDir):")
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		fmt.Println("  visit", rel(path))
		if d.IsDir() && (d.Name() == "b" || d.Name() == "skip") {
			return fs.SkipDir
		}
		if d.Name() == "2" {
			return fs.SkipDir
		}
		return nil
	})
	fmt.Println("  ->", err, filepath.SkipDir == fs.SkipDir)

	fmt.Println("SkipDir on the root:")
	fmt.Println("  ->", filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error { return filepath.SkipDir }))

	fmt.Println("An error stops the walk:")
	stop := errors.New("stop here")
	err = filepath.Walk(root, func(path string, info fs.FileInfo, err error) error {
		fmt.Println("  visit", rel(path))
		if info.Name() == "c.go" {
			return stop
		}
		return nil
	})
	fmt.Println("  ->", err, err == stop)

	fmt.Println("Missing root:")
	missing := filepath.Join(root, "nope")
	err = filepath.Walk(missing, func(path string, info fs.FileInfo, err error) error {
		fmt.Println("  walk fn:", rel(path), info == nil, clean(err), errors.Is(err, fs.ErrNotExist))
		return err
	})
	fmt.Println("  Walk ->", clean(err))
	err = filepath.WalkDir(missing, func(path string, d fs.DirEntry, err error) error {
		fmt.Println("  walkdir fn:", rel(path), d == nil, clean(err))
		return nil
	})
	fmt.Println("  WalkDir ->", clean(err))

	fmt.Println("Walk on a file:")
	filepath.WalkDir(filepath.Join(root, "e.go"), func(path string, d fs.DirEntry, err error) error {
		fmt.Println("  ", rel(path), d.IsDir(), err)
		return nil
	})

	fmt.Println("Glob:")
	for _, pat := range []string{"*.go", "*/*.go", "b/c?.go", "b/[c]*", "*", "z/[!1]", "z/[^1]", "nope*", "a.txt", "nope.txt", "*/inner/*", "b/d/*", "日*"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		for i := range m {
			m[i] = rel(m[i])
		}
		fmt.Printf("  %-10s %q %v nil=%v\n", pat, m, err, m == nil)
	}
	m, err := filepath.Glob("[")
	fmt.Println("  [", m, err, err == filepath.ErrBadPattern)
	m, err = filepath.Glob(filepath.Join(root, "*", "["))
	fmt.Println("  */[", m, err)

	fmt.Println("Abs:")
	wd, err := os.Getwd()
	must(err)
	for _, p := range []string{"", ".", "x", "x/../y", "./a/b/", "/", "/a/../b/", "//c"} {
		a, err := filepath.Abs(p)
		if filepath.IsAbs(p) {
			fmt.Printf("  %q -> %q %v\n", p, a, err)
		} else {
			fmt.Printf("  %q -> IsAbs %v, = Join(wd, p) %v, %v\n", p, filepath.IsAbs(a), a == filepath.Join(wd, p), err)
		}
	}
	must(os.Chdir(filepath.Join(root, "b")))
	a, err := filepath.Abs("c.go")
	wd2, _ := os.Getwd()
	fmt.Println("  after Chdir:", a == filepath.Join(wd2, "c.go"), filepath.Base(filepath.Dir(a)), err)
}
