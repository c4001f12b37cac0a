// run

package main

import "fmt"

func main() {
	vals := []complex128{0, 1, 1i, -1 - 1i, 3 + 4i, 0.5 - 2.5i, 1e10 + 1e-10i}
	for _, a := range vals {
		for _, b := range vals[1:] {
			fmt.Println(a, b, a+b, a-b, a*b, a/b, a == b)
		}
	}
	var c64 complex64 = 1 + 2i
	var d64 complex64 = 3 - 1i
	fmt.Println(c64+d64, c64*d64, c64/d64, -c64, c64 != d64)
	// powers of i
	p := complex(1, 0)
	for k := 0; k < 9; k++ {
		fmt.Print(p, " ")
		p *= 1i
	}
	fmt.Println()
	// compound assignment
	z := 2 + 3i
	z += 1
	z *= 1i
	z -= 0.5i
	z /= 2
	fmt.Println(z)
}
