// errorcheck

package main

const d = byte(255) + 1 // ERROR "byte\(255\) \+ 1 \(constant 256 of type byte\) overflows byte"

func main() {
	u := uint(0) - 1 // ERROR "uint\(0\) - 1 \(constant -1 of type uint\) overflows uint"
	_, _ = d, u
}
