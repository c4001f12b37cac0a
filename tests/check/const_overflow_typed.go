// errorcheck

package main

const big int8 = 127

func main() {
	x := big + 1 // ERROR "constant 128 overflows int8|big \+ 1 \(constant 128 of type int8\) overflows int8"
	_ = x
}
