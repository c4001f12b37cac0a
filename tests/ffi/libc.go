// ffi
package main

// Calls into the C library through ffi: strings in and out, pointers to Go
// memory, integer widths, and dlerror's texts; libc.c prints what C does.

import (
	"ffi"
	"fmt"
)

func fn(lib *ffi.Lib, name string, ret ffi.Type, args ...ffi.Type) *ffi.Func {
	f, err := lib.Func(name, ret, args...)
	if err != nil {
		panic(err)
	}
	return f
}

func main() {
	c, err := ffi.Open("libc.so.6")
	if err != nil {
		panic(err)
	}
	strlen := fn(c, "strlen", ffi.SizeT, ffi.String)
	strcmp := fn(c, "strcmp", ffi.Int, ffi.String, ffi.String)
	toupper := fn(c, "toupper", ffi.Int, ffi.Int)
	atoi := fn(c, "atoi", ffi.Int, ffi.String)
	strtoul := fn(c, "strtoul", ffi.Ulong, ffi.String, ffi.Pointer, ffi.Int)
	labs := fn(c, "labs", ffi.Long, ffi.Long)
	strerror := fn(c, "strerror", ffi.String, ffi.Int)
	memset := fn(c, "memset", ffi.Pointer, ffi.Pointer, ffi.Int, ffi.SizeT)
	memcpy := fn(c, "memcpy", ffi.Pointer, ffi.Pointer, ffi.Pointer, ffi.SizeT)
	strchr := fn(c, "strchr", ffi.Pointer, ffi.Pointer, ffi.Int)
	strtol8 := fn(c, "strtol", ffi.Int8, ffi.String, ffi.Pointer, ffi.Int)
	abs := fn(c, "abs", ffi.Int32, ffi.Int32)

	fmt.Println("strlen:", strlen.Call("hello, world"), strlen.Call(""), strlen.Call("héllo"))
	fmt.Println("strcmp:", strcmp.Call("abc", "abd").(int) < 0, strcmp.Call("b", "a").(int) > 0, strcmp.Call("x", "x"))
	up := []byte{}
	for _, ch := range []byte("mixed Case 42") {
		up = append(up, byte(toupper.Call(ch).(int)))
	}
	fmt.Println("toupper:", string(up))
	fmt.Println("atoi:", atoi.Call("  -1234xyz"), atoi.Call("2147483647"))
	fmt.Println("strtoul:", strtoul.Call("ff", nil, 16), strtoul.Call("18446744073709551615", nil, 10))
	fmt.Println("labs:", labs.Call(-9000000000), labs.Call(int8(-5)))
	fmt.Println("strerror:", strerror.Call(2), "|", strerror.Call(13))
	buf := make([]byte, 8)
	memset.Call(buf, 'z', 5)
	fmt.Printf("memset: %q\n", buf)
	src := []byte("copied!")
	memcpy.Call(buf, src, len(src))
	fmt.Printf("memcpy: %q\n", buf)
	s := []byte("key=value\x00")
	p := strchr.Call(s, '=').(uintptr)
	fmt.Println("strchr:", ffi.GoString(p+1), ffi.GoString(0) == "", string(ffi.GoBytes(p, 4)))
	fmt.Println("int8 result:", strtol8.Call("300", nil, 10), strtol8.Call("-129", nil, 10))
	fmt.Println("int32 truncation:", abs.Call(int64(-1)<<32-7))
	fmt.Println("types:", ffi.Double, ffi.SizeT, ffi.String, ffi.Pointer, ffi.Uint16, ffi.Type(99))
	fmt.Println("signature:", strtoul)

	if _, err := ffi.Open("libgolite-nosuch.so.9"); err != nil {
		fmt.Println("open:", err)
	}
	if _, err := c.Func("golite_nosuch_symbol", ffi.Void); err != nil {
		fmt.Println("func:", err)
	}
}
