// run

package main

import "fmt"

func mandel(c complex128) int {
	z := complex128(0)
	for i := 0; i < 50; i++ {
		z = z*z + c
		if real(z)*real(z)+imag(z)*imag(z) > 4 {
			return i
		}
	}
	return 50
}

func main() {
	chars := " .:-=+*#%@"
	total := 0
	for y := 0; y < 24; y++ {
		line := make([]byte, 0, 64)
		for x := 0; x < 64; x++ {
			c := complex(-2.2+float64(x)*3.0/64, -1.2+float64(y)*2.4/24)
			n := mandel(c)
			total += n
			if n == 50 {
				line = append(line, '@')
			} else {
				line = append(line, chars[n%9])
			}
		}
		fmt.Println(string(line))
	}
	fmt.Println("total iterations:", total)
}
