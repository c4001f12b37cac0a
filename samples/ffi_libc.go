// ffi

// ffi_libc calls the C library from a Go script: string functions, the
// process id (checked against os.Getpid), a C buffer filled through a Go
// byte slice, an error number's text, and qsort sorting Go memory with a Go
// comparator that C calls back. ffi_libc.c is the same program in
// C; the test suite checks that both print the same.
package main

import (
	"ffi"
	"fmt"
	"os"
	"unsafe"
)

func main() {
	libc, err := ffi.Open("libc.so.6")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fn := func(name string, ret ffi.Type, args ...ffi.Type) *ffi.Func {
		f, err := libc.Func(name, ret, args...)
		if err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		return f
	}
	strlen := fn("strlen", ffi.SizeT, ffi.String)
	getpid := fn("getpid", ffi.Int)
	strncpy := fn("strncpy", ffi.Pointer, ffi.Pointer, ffi.String, ffi.SizeT)
	strerror := fn("strerror", ffi.String, ffi.Int)
	atol := fn("atol", ffi.Long, ffi.String)

	for _, s := range []string{"", "go", "hello, world", "naïve"} {
		fmt.Printf("strlen(%q) = %d\n", s, strlen.Call(s))
	}
	fmt.Println("getpid() == os.Getpid():", getpid.Call() == os.Getpid())
	buf := make([]byte, 8)
	strncpy.Call(buf, "abcdefghijk", len(buf)-1)
	fmt.Printf("strncpy into a Go buffer: %q\n", buf)
	for _, e := range []int{1, 2, 13, 17} {
		fmt.Printf("strerror(%d) = %s\n", e, strerror.Call(e))
	}
	fmt.Println("atol:", atol.Call("-9007199254740993"))

	qsort := fn("qsort", ffi.Void, ffi.Pointer, ffi.SizeT, ffi.SizeT, ffi.Pointer)
	// C may hold and move Go memory only if it holds no Go pointers (cgo's
	// rule): qsort sorts indices, the comparator looks at the strings
	words := []string{"interpreter", "go", "lua", "c", "scheduler", "ffi", "callback"}
	byLength, err := ffi.NewCallback(func(a, b unsafe.Pointer) int {
		x, y := words[*(*int32)(a)], words[*(*int32)(b)]
		if len(x) != len(y) {
			return len(x) - len(y)
		}
		if x < y {
			return -1
		}
		if x > y {
			return 1
		}
		return 0
	}, ffi.Int, ffi.Pointer, ffi.Pointer)
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	idx := []int32{0, 1, 2, 3, 4, 5, 6}
	qsort.Call(idx, len(idx), 4, byLength)
	sorted := []string{}
	for _, i := range idx {
		sorted = append(sorted, words[i])
	}
	fmt.Println("qsort by length:", sorted)
}
