// run

package main

import "fmt"

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a, b)
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(real(a*b), imag(a*b), real(b), imag(b))
	fmt.Println(a == b, a == complex(1, 2), a != b)
	var c complex128
	fmt.Println(c, c == 0)
	c = 1i
	fmt.Println(c*c, c*c*c, c*c*c*c)
	p := complex(1, 0)
	for i := 0; i < 8; i++ {
		p *= (1 + 1i)
		fmt.Println(i+1, p, real(p)*real(p)+imag(p)*imag(p))
	}
	fmt.Printf("%v %.2f %.3e %g\n", a/b, a/b, b, b)
	fmt.Printf("%8.3f|%+.1f|%T\n", a, b, a)
	println(a, b)
	conj := func(z complex128) complex128 { return complex(real(z), -imag(z)) }
	z := 2 + 3i
	fmt.Println(conj(z), z*conj(z), -z, -conj(z))
	z += 1
	z -= 1i
	z *= 2
	z /= 1 + 1i
	fmt.Println(z)
	zs := []complex128{1, 1i, -1, -1i, 0.5 + 0.5i}
	sum := complex128(0)
	for _, v := range zs {
		sum += v
	}
	fmt.Println(zs, sum)
	fmt.Println(complex(float32(1.5), 2), real(complex64(1+2i)))
}
