// ffi

// ffi_libm calls the C maths library from a Go script, with no compile
// step: a table of functions Go's math package lacks (tgamma, j0, erfc, a
// float32 sine) computed by libm. ffi_libm.c is the same program in C; the
// test suite checks that both print the same.
package main

import (
	"ffi"
	"fmt"
	"os"
)

func main() {
	libm, err := ffi.Open("libm.so.6")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fn := func(name string, ret ffi.Type, args ...ffi.Type) *ffi.Func {
		f, err := libm.Func(name, ret, args...)
		if err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		return f
	}
	tgamma := fn("tgamma", ffi.Double, ffi.Double)
	j0 := fn("j0", ffi.Double, ffi.Double)
	erfc := fn("erfc", ffi.Double, ffi.Double)
	sinf := fn("sinf", ffi.Float, ffi.Float)
	fmt.Println(tgamma)
	fmt.Printf("%5s %14s %12s %12s %10s\n", "x", "tgamma", "j0", "erfc", "sinf")
	for i := 1; i <= 8; i++ {
		x := float64(i) / 2
		fmt.Printf("%5.1f %14.6f %12.8f %12.4e %10.6f\n", x,
			tgamma.Call(x), j0.Call(x), erfc.Call(x), sinf.Call(float32(x)))
	}
}
