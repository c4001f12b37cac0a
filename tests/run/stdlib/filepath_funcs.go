// run

// path/filepath's lexical functions (unix): Clean, Split, Join, Ext, Base, Dir,
// IsAbs, Rel, SplitList, ToSlash, FromSlash, VolumeName and Match, on the
// inputs of Go 1.19's filepath tests plus unicode and malformed cases.

package main

import (
	"fmt"
	"path/filepath"
)

var cleanIn = []string{
	"abc", "abc/def", "a/b/c", ".", "..", "../..", "../../abc", "/abc", "/", "",
	"abc/", "abc/def/", "a/b/c/", "./", "../", "../../", "/abc/",
	"abc//def//ghi", "//abc", "///abc", "//abc//", "abc//",
	"abc/./def", "/./abc/def", "abc/.",
	"abc/def/ghi/../jkl", "abc/def/../ghi/../jkl", "abc/def/..", "abc/def/../..",
	"/abc/def/../..", "abc/def/../../..", "/abc/def/../../..",
	"abc/def/../../../ghi/jkl/../../../mno", "/../abc",
	"abc/./../def", "abc//./../def", "abc/../../././../def",
	`c:\a\..\b`, "日本/./語/../ü", "a/../../..b",
}

var splitIn = []string{"a/b", "a/b/", "a/", "a", "/", "", "日本/語.go"}

var joinIn = [][]string{
	{}, {""}, {"/"}, {"a"}, {"a", "b"}, {"a", ""}, {"", "b"}, {"/", "a"}, {"/", "a/b"},
	{"/", ""}, {"//", "a"}, {"/a", "b"}, {"a/", "b"}, {"a/", ""}, {"", ""},
	{"/", "a", "b"}, {"", "", "x", "../y"}, {"日本", "語"},
}

var extIn = []string{"path.go", "path.pb.go", "a.dir/b", "a.dir/b.go", "a.dir/", "", "x.日本"}

var baseIn = []string{"", ".", "/.", "/", "////", "x/", "abc", "abc/def", "a/b/.x", "a/b/c.", "a/b/c.x"}

var dirIn = []string{"", ".", "/.", "/", "////", "/foo", "x/", "abc", "abc/def", "a/b/.x", "a/b/c.", "a/b/c.x"}

var isAbsIn = []string{"", "/", "/usr/bin/gcc", "..", "/a/../bb", ".", "./", "lala", `c:\a`}

var relIn = [][2]string{
	{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/."}, {"./a/b", "a/b"}, {"a/b", "./a/b"},
	{"ab/cd", "ab/cde"}, {"ab/cd", "ab/c"}, {"a/b", "a/b/c/d"}, {"a/b", "a/b/../c"},
	{"a/b/../c", "a/b"}, {"a/b/c", "a/c/d"}, {"a/b", "c/d"}, {"a/b/c/d", "a/b"},
	{"a/b/c/d", "a/b/"}, {"a/b/c/d/", "a/b"}, {"a/b/c/d/", "a/b/"},
	{"../../a/b", "../../a/b/c/d"}, {"/a/b", "/a/b"}, {"/a/b/.", "/a/b"}, {"/a/b", "/a/b/."},
	{"/ab/cd", "/ab/cde"}, {"/ab/cd", "/ab/c"}, {"/a/b", "/a/b/c/d"}, {"/a/b", "/a/b/../c"},
	{"/a/b/../c", "/a/b"}, {"/a/b/c", "/a/c/d"}, {"/a/b", "/c/d"}, {"/a/b/c/d", "/a/b"},
	{"/a/b/c/d", "/a/b/"}, {"/a/b/c/d/", "/a/b"}, {"/a/b/c/d/", "/a/b/"},
	{"/../../a/b", "/../../a/b/c/d"}, {".", "a/b"}, {".", ".."},
	{"..", "."}, {"..", "a"}, {"../..", ".."}, {"a", "/a"}, {"/a", "a"}, {"", ""}, {"/", "/日本"},
}

var matchIn = [][2]string{
	{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"},
	{"a*/b", "abc/b"}, {"a*/b", "a/c/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"},
	{"a*b*c*d*e*/f", "axbxcxdxexxx/f"}, {"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"},
	{"a*b*c*d*e*/f", "axbxcxdxexxx/fff"}, {"a*b?c*x", "abxbbxdbxebxczzx"},
	{"a*b?c*x", "abxbbxdbxebxczzy"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"},
	{"ab[e-g]", "abc"}, {"ab[^c]", "abc"}, {"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"},
	{"a\\*b", "a*b"}, {"a\\*b", "ab"}, {"a?b", "a☺b"}, {"a[^a]b", "a☺b"},
	{"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"}, {"[a-ζ]*", "α"}, {"*[a-ζ]", "A"},
	{"a?b", "a/b"}, {"a*b", "a/b"}, {"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "x"},
	{"[x\\-]", "-"}, {"[x\\-]", "z"}, {"[\\-x]", "x"}, {"[\\-x]", "-"}, {"[\\-x]", "a"},
	{"[]a]", "]"}, {"[-]", "-"}, {"[x-]", "x"}, {"[x-]", "-"}, {"[x-]", "z"},
	{"[-x]", "x"}, {"[-x]", "-"}, {"[-x]", "a"}, {"\\", "a"}, {"[a-b-c]", "a"},
	{"[", "a"}, {"[^", "a"}, {"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"}, {"a[", "x"},
	{"a/b[", "x"}, {"*x", "xxx"}, {"", ""}, {"*", ""}, {"?", "\xff"}, {"*/*", "a/b"},
}

func main() {
	fmt.Printf("Separator %q ListSeparator %q\n", filepath.Separator, filepath.ListSeparator)
	for _, p := range cleanIn {
		fmt.Printf("Clean(%q) = %q\n", p, filepath.Clean(p))
	}
	for _, p := range splitIn {
		d, f := filepath.Split(p)
		fmt.Printf("Split(%q) = %q, %q\n", p, d, f)
	}
	for _, e := range joinIn {
		fmt.Printf("Join(%q) = %q\n", e, filepath.Join(e...))
	}
	for _, p := range extIn {
		fmt.Printf("Ext(%q) = %q\n", p, filepath.Ext(p))
	}
	for _, p := range baseIn {
		fmt.Printf("Base(%q) = %q\n", p, filepath.Base(p))
	}
	for _, p := range dirIn {
		fmt.Printf("Dir(%q) = %q\n", p, filepath.Dir(p))
	}
	for _, p := range isAbsIn {
		fmt.Printf("IsAbs(%q) = %v\n", p, filepath.IsAbs(p))
	}
	for _, r := range relIn {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q, %v\n", r[0], r[1], rel, err)
	}
	for _, s := range []string{"", "a:b", ":a:b", "/usr/bin::/bin:", "日本:語"} {
		l := filepath.SplitList(s)
		fmt.Printf("SplitList(%q) = %q len %d nil %v\n", s, l, len(l), l == nil)
	}
	for _, s := range []string{"", "/", "/a/b", "a//b", `a\b`} {
		fmt.Printf("ToSlash(%q) = %q FromSlash = %q VolumeName = %q\n", s, filepath.ToSlash(s), filepath.FromSlash(s), filepath.VolumeName(s))
	}
	for _, m := range matchIn {
		ok, err := filepath.Match(m[0], m[1])
		fmt.Printf("Match(%#q, %q) = %v, %v (ErrBadPattern: %v)\n", m[0], m[1], ok, err, err == filepath.ErrBadPattern)
	}
	fmt.Println(filepath.SkipDir)
}
