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
	"time"
)

// ---- a small in-memory file system (only io/fs's interfaces) ----

type memFS map[string]string // path -> contents; a key ending in "/" is a directory

type memInfo struct {
	name string
	size int64
	dir  bool
}

func (i memInfo) Name() string { return i.name }
func (i memInfo) Size() int64  { return i.size }
func (i memInfo) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0555
	}
	return 0444
}
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return i.dir }
func (i memInfo) Sys() any           { return nil }

type memFile struct {
	fsys memFS
	path string
	info memInfo
	r    *strings.Reader
	done bool
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *memFile) Read(b []byte) (int, error) {
	if f.info.dir {
		return 0, &fs.PathError{Op: "read", Path: f.path, Err: errors.New("is a directory")}
	}
	return f.r.Read(b)
}
func (f *memFile) Close() error { return nil }
func (f *memFile) ReadDir(n int) ([]fs.DirEntry, error) {
	if f.done {
		if n > 0 {
			return nil, io.EOF
		}
		return nil, nil
	}
	f.done = true
	prefix := f.path + "/"
	if f.path == "." {
		prefix = ""
	}
	seen := map[string]bool{}
	var out []fs.DirEntry
	for k := range f.fsys {
		if !strings.HasPrefix(k, prefix) || k == prefix {
			continue
		}
		rest := k[len(prefix):]
		name := rest
		dir := false
		if i := strings.Index(rest, "/"); i >= 0 {
			name, dir = rest[:i], true
		}
		if seen[name] {
			continue
		}
		seen[name] = true
		size := int64(0)
		if !dir {
			size = int64(len(f.fsys[k]))
		}
		out = append(out, fs.FileInfoToDirEntry(memInfo{name, size, dir}))
	}
	// reverse order on purpose: fs.ReadDir must sort
	sort.Slice(out, func(i, j int) bool { return out[i].Name() > out[j].Name() })
	return out, nil
}

func (m memFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if data, ok := m[name]; ok {
		base := name[strings.LastIndex(name, "/")+1:]
		return &memFile{fsys: m, path: name, info: memInfo{base, int64(len(data)), false}, r: strings.NewReader(data)}, nil
	}
	for k := range m {
		if name == "." || strings.HasPrefix(k, name+"/") {
			base := name[strings.LastIndex(name, "/")+1:]
			return &memFile{fsys: m, path: name, info: memInfo{base, 0, true}}, nil
		}
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

var dir string

func rel(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), dir, "$TMP")
}

func walk(fsys fs.FS, root string, skip string) {
	err := fs.WalkDir(fsys, root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			fmt.Println("  walk error:", path, d == nil, rel(err))
			return nil
		}
		fmt.Println("  walk:", path, d.Name(), d.IsDir(), d.Type())
		if d.Name() == skip {
			return fs.SkipDir
		}
		return nil
	})
	fmt.Println("  walk result:", err)
}

func main() {
	var err error
	dir, err = os.MkdirTemp("", "golite-fs")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)

	// FileMode
	modes := []fs.FileMode{0, 0644, 0755 | fs.ModeDir, 0777 | fs.ModeSymlink, fs.ModeNamedPipe | 0600,
		fs.ModeSocket, fs.ModeDevice | fs.ModeCharDevice | 0620, fs.ModeDevice | 0660, fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky | 0755,
		fs.ModeAppend | fs.ModeExclusive | fs.ModeTemporary | 0400, fs.ModeIrregular, ^fs.FileMode(0), fs.ModeType, fs.ModePerm}
	for _, m := range modes {
		fmt.Printf("%-16s %08x dir=%-5v regular=%-5v perm=%v type=%v\n", m, uint32(m), m.IsDir(), m.IsRegular(), m.Perm(), m.Type())
	}
	fmt.Printf("%v %s %d\n", fs.ModeDir, fs.ModePerm, fs.ModeSymlink)

	// ValidPath
	for _, p := range []string{".", "a", "a/b", "a/b/c.txt", "", "/a", "a/", "a//b", "./a", "a/.", "a/..", "..", "...", "a/.../b", "\xff", "ünï/cödé", `a\b`} {
		fmt.Printf("ValidPath(%q) = %v\n", p, fs.ValidPath(p))
	}

	// FileInfoToDirEntry
	fmt.Println("FileInfoToDirEntry(nil):", fs.FileInfoToDirEntry(nil) == nil)
	de := fs.FileInfoToDirEntry(memInfo{"x", 3, true})
	info, err := de.Info()
	fmt.Println("dirent:", de.Name(), de.IsDir(), de.Type(), info.Size(), err)

	var data []byte
	// The in-memory FS through io/fs's generic helpers
	m := memFS{
		"hello.txt":         "hello",
		"dir/a.txt":         "aaa",
		"dir/b.go":          "package b",
		"dir/sub/c.txt":     "c",
		"dir/sub/deep/d.go": "d",
		"other/e.txt":       "eeeee",
	}
	data, err = fs.ReadFile(m, "dir/a.txt")
	fmt.Printf("ReadFile: %q %v\n", data, err)
	_, err = fs.ReadFile(m, "nope")
	fmt.Println("ReadFile missing:", err)
	_, err = fs.ReadFile(m, "/abs")
	fmt.Println("ReadFile invalid:", err)
	_, err = fs.ReadFile(m, "dir")
	fmt.Println("ReadFile dir:", err)
	ents, err := fs.ReadDir(m, "dir")
	for _, e := range ents {
		fmt.Println("  ReadDir:", e.Name(), e.IsDir())
	}
	fmt.Println("ReadDir err:", err)
	_, err = fs.ReadDir(m, "hello.txt")
	fmt.Println("ReadDir on file:", err)
	st, err := fs.Stat(m, "dir/b.go")
	fmt.Println("Stat:", st.Name(), st.Size(), st.Mode(), err)
	_, err = fs.Stat(m, "zz")
	fmt.Println("Stat missing:", err)

	sub, err := fs.Sub(m, "dir")
	fmt.Println("Sub:", err)
	data, err = fs.ReadFile(sub, "sub/c.txt")
	fmt.Printf("  Sub ReadFile: %q %v\n", data, err)
	_, err = fs.ReadFile(sub, "missing")
	fmt.Println("  Sub ReadFile missing:", err)
	_, err = sub.Open("../x")
	fmt.Println("  Sub Open invalid:", err)
	ents, _ = fs.ReadDir(sub, ".")
	for _, e := range ents {
		fmt.Println("  Sub ReadDir:", e.Name())
	}
	sub2, err := fs.Sub(sub, "sub")
	data, _ = fs.ReadFile(sub2, "deep/d.go")
	fmt.Printf("  Sub of Sub: %q %v\n", data, err)
	same, _ := fs.Sub(m, ".")
	fmt.Println("  Sub '.':", fmt.Sprintf("%T", same))
	_, err = fs.Sub(m, "../x")
	fmt.Println("  Sub invalid:", err)
	_, err = fs.Sub(m, "/x")
	fmt.Println("  Sub invalid:", err)
	g, err := fs.Glob(sub, "*.txt")
	fmt.Println("  Sub Glob:", g, err)

	for _, pat := range []string{"*.txt", "dir/*", "dir/*.go", "*/*.txt", "dir/sub/*/*.go", "hello.txt", "nope", "[", "dir/[ab].*", "*/sub", "?ir"} {
		g, err := fs.Glob(m, pat)
		fmt.Printf("Glob(%q) = %q %v\n", pat, g, err)
	}

	fmt.Println("WalkDir mem:")
	walk(m, ".", "sub")
	fmt.Println("WalkDir mem missing root:")
	walk(m, "nothere", "")
	fmt.Println("WalkDir mem file root:")
	walk(m, "hello.txt", "")

	// os.DirFS over a real tree
	os.MkdirAll(dir+"/x/y", 0755)
	os.WriteFile(dir+"/x/1.txt", []byte("one"), 0644)
	os.WriteFile(dir+"/x/y/2.txt", []byte("two"), 0644)
	os.WriteFile(dir+"/top.md", []byte("# top"), 0644)
	dfs := os.DirFS(dir)
	data, err = fs.ReadFile(dfs, "x/y/2.txt")
	fmt.Printf("DirFS ReadFile: %q %v\n", data, err)
	_, err = fs.ReadFile(dfs, "x/none")
	fmt.Println("DirFS ReadFile missing:", rel(err))
	_, err = dfs.Open("../etc/passwd")
	fmt.Println("DirFS Open invalid:", err)
	_, err = dfs.Open("a\x00b")
	fmt.Printf("DirFS Open NUL: %q\n", err.Error())
	st, err = fs.Stat(dfs, "top.md")
	fmt.Println("DirFS Stat:", st.Name(), st.Size(), st.Mode(), err)
	_, err = fs.Stat(dfs, "/top.md")
	fmt.Println("DirFS Stat invalid:", err)
	ents, err = fs.ReadDir(dfs, "x")
	for _, e := range ents {
		fmt.Println("  DirFS ReadDir:", e.Name(), e.IsDir(), e.Type())
	}
	g, err = fs.Glob(dfs, "x/*.txt")
	fmt.Println("DirFS Glob:", g, err)
	g, err = fs.Glob(dfs, "*/*/*")
	fmt.Println("DirFS Glob:", g, err)
	fmt.Println("WalkDir DirFS:")
	walk(dfs, ".", "")
	fmt.Println("WalkDir DirFS skip y:")
	walk(dfs, "x", "y")
	sub, _ = fs.Sub(dfs, "x")
	data, err = fs.ReadFile(sub, "y/2.txt")
	fmt.Printf("Sub DirFS: %q %v\n", data, err)
	_, err = fs.ReadFile(sub, "y/3.txt")
	fmt.Println("Sub DirFS missing:", rel(err))
	_, err = fs.ReadFile(os.DirFS(""), "x")
	fmt.Println("DirFS empty root:", err)

	// SkipDir on a file stops the directory's remaining entries
	fmt.Println("WalkDir SkipDir on file:")
	err = fs.WalkDir(dfs, "x", func(path string, d fs.DirEntry, err error) error {
		fmt.Println("  visit:", path)
		if path == "x/1.txt" {
			return fs.SkipDir
		}
		return nil
	})
	fmt.Println("  result:", err)
	// Another error stops the walk
	stop := errors.New("stop here")
	err = fs.WalkDir(dfs, ".", func(path string, d fs.DirEntry, err error) error {
		if path == "x" {
			return stop
		}
		return nil
	})
	fmt.Println("WalkDir error:", err)
}
