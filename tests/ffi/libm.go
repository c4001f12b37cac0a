// ffi
package main

// Calls into the C maths library through ffi; libm.c prints what C computes.

import (
	"ffi"
	"fmt"
	"unsafe"
)

func must(f *ffi.Func, err error) *ffi.Func {
	if err != nil {
		panic(err)
	}
	return f
}

func main() {
	m, err := ffi.Open("libm.so.6")
	if err != nil {
		panic(err)
	}
	cos := must(m.Func("cos", ffi.Double, ffi.Double))
	pow := must(m.Func("pow", ffi.Double, ffi.Double, ffi.Double))
	atan2 := must(m.Func("atan2", ffi.Double, ffi.Double, ffi.Double))
	cbrt := must(m.Func("cbrt", ffi.Double, ffi.Double))
	sqrtf := must(m.Func("sqrtf", ffi.Float, ffi.Float))
	ldexp := must(m.Func("ldexp", ffi.Double, ffi.Double, ffi.Int))
	frexp := must(m.Func("frexp", ffi.Double, ffi.Double, ffi.Pointer))
	lround := must(m.Func("lround", ffi.Long, ffi.Double))
	ilogb := must(m.Func("ilogb", ffi.Int, ffi.Double))
	for _, x := range []float64{0, 1, -2.5, 3.141592653589793, 1e10} {
		fmt.Printf("cos(%.6g) = %.17g\n", x, cos.Call(x).(float64))
	}
	fmt.Printf("pow(2, 10) = %.17g\n", pow.Call(2, 10))
	fmt.Printf("pow(2.5, -1.5) = %.17g\n", pow.Call(2.5, -1.5))
	fmt.Printf("atan2(1, -1) = %.17g\n", atan2.Call(1.0, -1.0))
	fmt.Printf("cbrt(-27) = %.17g\n", cbrt.Call(-27))
	fmt.Printf("sqrtf(2) = %.9g\n", sqrtf.Call(float32(2)))
	fmt.Printf("ldexp(0.75, 4) = %.17g\n", ldexp.Call(0.75, 4))
	var e int32
	fr := frexp.Call(1000.0, unsafe.Pointer(&e)).(float64)
	fmt.Printf("frexp(1000) = %.17g %d\n", fr, e)
	fmt.Printf("lround(-2.5) = %d\n", lround.Call(-2.5).(int))
	fmt.Printf("ilogb(1e300) = %d\n", ilogb.Call(1e300).(int))
	type celsius float64
	fmt.Printf("cos(celsius(2)) = %.17g\n", cos.Call(celsius(2)))
}
