// ffi

// ffi_libc calls the C library from a Go script: string functions, the
// process id (checked against os.Getpid), a C buffer filled through a Go
// byte slice, and an error number's text. ffi_libc.c is the same program in
// C; the test suite checks that both print the same.
package main

import (
	"ffi"
	"fmt"
	"os"
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
}
