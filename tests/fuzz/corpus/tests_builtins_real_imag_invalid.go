// errorcheck

package main

type C complex64

func main() {
	var i int
	var f float64
	var s string
	var c C
	_ = real(i)    // ERROR "invalid argument: argument has type int, expected complex type"
	_ = imag(f)    // ERROR "invalid argument: argument has type float64, expected complex type"
	_ = real(s)    // ERROR "invalid argument: argument has type string, expected complex type"
	_ = imag("a")  // ERROR "invalid argument: argument has type untyped string, expected complex type"
	_ = real(true) // ERROR "invalid argument: argument has type untyped bool, expected complex type"
	_ = real()     // ERROR "invalid operation: not enough arguments for real\(\) \(expected 1, found 0\)"
	_ = imag(1, 2) // ERROR "invalid operation: too many arguments for imag\(1, 2\) \(expected 1, found 2\)"
	var f32 float32 = real(c)
	var f64 float64 = imag(c) // ERROR "cannot use imag\(c\) \(value of type float32\) as type float64 in variable declaration"
	_, _ = f32, f64
	_ = real(1) + imag(2.5) + real(3i)
}
