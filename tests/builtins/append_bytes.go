// errorcheck

package main

type B []byte

func main() {
	var b []byte
	var r []rune
	var s string
	var i int
	var bb B
	_ = append(b, s...)
	_ = append(bb, "abc"...)
	_ = append(r, s...)    // ERROR "cannot use s \(variable of type string\) as type \[\]rune in argument to append"
	_ = append(b, 1 ...)   // ERROR "cannot use 1 \(untyped int constant\) as \[\]byte value in argument to append"
	_ = append(b, s)       // ERROR "cannot use s \(variable of type string\) as type byte in argument to append"
	_ = append(b, s, s...) // ERROR "too many arguments in call to append"
	_ = append(b, i...)    // ERROR "cannot use i \(variable of type int\) as type \[\]byte in argument to append"
	_ = append(s, b...)    // ERROR "first argument to append must be a slice; have s \(variable of type string\)"
}
