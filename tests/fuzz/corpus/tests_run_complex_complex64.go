// run

package main

import "fmt"

func main() {
	var a complex64 = 1.1 + 2.2i
	var b complex64 = complex(0.1, -0.3)
	fmt.Println(a, b, a+b, a*b, a/b)
	fmt.Printf("%T %T %T\n", a, real(a), complex128(a))
	fmt.Println(complex128(a), real(a), imag(b))
	var x float32 = 3
	var y float32 = 4
	z := complex(x, y)
	fmt.Printf("%T %v %v\n", z, z, z*z)
	acc := complex64(1)
	for i := 0; i < 10; i++ {
		acc *= complex(float32(0.9), float32(0.3))
		fmt.Println(acc)
	}
	w := complex128(acc)
	fmt.Println(w, complex64(w) == acc)
	println(a, b)
	fmt.Printf("%.3f %e %g\n", a, b, a*b)
	var zero complex64
	fmt.Println(zero, zero == 0, -zero)
	arr := [3]complex64{1, 2i, 3 + 3i}
	for i, v := range arr {
		fmt.Println(i, v, real(v)+imag(v))
	}
}
