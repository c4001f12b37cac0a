// run

// package path: Clean, Split, Join, Ext, Base, Dir, IsAbs and Match on the
// inputs of Go 1.19's path tests plus unicode and malformed cases.

package main

import (
	"fmt"
	"path"
)

var cleanIn = []string{
	"", "abc", "abc/def", "a/b/c", ".", "..", "../..", "../../abc", "/abc", "/",
	"abc/", "abc/def/", "a/b/c/", "./", "../", "../../", "/abc/",
	"abc//def//ghi", "//abc", "///abc", "//abc//", "abc//",
	"abc/./def", "/./abc/def", "abc/.",
	"abc/def/ghi/../jkl", "abc/def/../ghi/../jkl", "abc/def/..", "abc/def/../..",
	"/abc/def/../..", "abc/def/../../..", "/abc/def/../../..",
	"abc/def/../../../ghi/jkl/../../../mno",
	"abc/./../def", "abc//./../def", "abc/../../././../def",
	"/../..", "..a/b", "a/..b", "日本/./語/../ü", `a\b/../c`,
}

var splitIn = []string{"a/b", "a/b/", "a/", "a", "/", "", "日本/語.go", "//x"}

var joinIn = [][]string{
	{}, {""}, {"a"}, {"a", "b"}, {"a", ""}, {"", "b"}, {"/", "a"}, {"/", ""},
	{"a/", "b"}, {"a/", ""}, {"", ""}, {"a", "../b", "./c"}, {"", "", "x", ""},
	{"/a", "/b/", "c//"}, {"日本", "語"},
}

var extIn = []string{"path.go", "path.pb.go", "a.dir/b", "a.dir/b.go", "a.dir/", "", ".", ".bashrc", "x.日本"}

var baseIn = []string{"", ".", "/.", "/", "////", "x/", "abc", "abc/def", "a/b/.x", "a/b/c.", "a/b/c.x", "日本/語/"}

var dirIn = []string{"", ".", "/.", "/", "////", "/foo", "x/", "abc", "abc/def", "abc////def", "a/b/.x", "a/b/c.", "a/b/c.x", "../a/../b/c"}

var isAbsIn = []string{"", "/", "/usr/bin/gcc", "..", "/a/../bb", ".", "./", "lala", "//x"}

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
	{"a/b[", "x"}, {"*x", "xxx"}, {"", ""}, {"", "a"}, {"*", ""}, {"?", ""},
	{"?", "\xff"}, {"[^a]", "\xff"}, {"*/*", "a/b"}, {"a/*", "a/"}, {"[日-本]", "是"},
	{"[\\", "a"}, {"[a-\\", "a"}, {"x*[", "xyz"}, {"*[", "abc/def"},
}

func main() {
	for _, p := range cleanIn {
		fmt.Printf("Clean(%q) = %q\n", p, path.Clean(p))
	}
	for _, p := range splitIn {
		d, f := path.Split(p)
		fmt.Printf("Split(%q) = %q, %q\n", p, d, f)
	}
	for _, e := range joinIn {
		fmt.Printf("Join(%q) = %q\n", e, path.Join(e...))
	}
	fmt.Printf("Join() = %q\n", path.Join())
	for _, p := range extIn {
		fmt.Printf("Ext(%q) = %q\n", p, path.Ext(p))
	}
	for _, p := range baseIn {
		fmt.Printf("Base(%q) = %q\n", p, path.Base(p))
	}
	for _, p := range dirIn {
		fmt.Printf("Dir(%q) = %q\n", p, path.Dir(p))
	}
	for _, p := range isAbsIn {
		fmt.Printf("IsAbs(%q) = %v\n", p, path.IsAbs(p))
	}
	for _, m := range matchIn {
		ok, err := path.Match(m[0], m[1])
		fmt.Printf("Match(%#q, %q) = %v, %v (ErrBadPattern: %v)\n", m[0], m[1], ok, err, err == path.ErrBadPattern)
	}
}
