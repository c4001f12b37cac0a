// ffi
package main

// ffi's checks: bad signatures are errors from Lib.Func, wrong calls panic
// with a message naming the function, a closed library's functions panic.

import (
	"ffi"
	"fmt"
)

func try(what string, f func()) {
	defer func() {
		fmt.Printf("%s: %v\n", what, recover())
	}()
	f()
}

func main() {
	c, err := ffi.Open("libc.so.6")
	if err != nil {
		panic(err)
	}
	_, err = c.Func("abs", ffi.Int, ffi.Void)
	fmt.Println("void parameter:", err)
	_, err = c.Func("abs", ffi.Type(-1), ffi.Int)
	fmt.Println("bad result type:", err)
	_, err = c.Func("abs", ffi.Int, ffi.Int, ffi.Type(42))
	fmt.Println("bad parameter type:", err)
	abs, _ := c.Func("abs", ffi.Int, ffi.Int)
	atof, _ := c.Func("atof", ffi.Double, ffi.String)
	try("too many", func() { abs.Call(1, 2) })
	try("too few", func() { abs.Call() })
	try("string for int", func() { abs.Call("1") })
	try("float for int", func() { abs.Call(1.5) })
	try("int for string", func() { atof.Call(7) })
	try("nil for int", func() { abs.Call(nil) })
	try("slice for double", func() { atof.Call([]int{1}) })
	fmt.Println("still works:", abs.Call(-3), atof.Call("2.5"))
	fmt.Println("close:", c.Close())
	fmt.Println("close again:", c.Close())
	try("after close", func() { abs.Call(1) })
	_, err = c.Sym("abs")
	fmt.Println("sym after close:", err)
}
