// run

package main

type T struct{ a int }

func main() {
	println("ints:", 0, -1, 42, int8(-128), uint8(255), int64(-9223372036854775808), uint64(18446744073709551615))
	println("bools:", true, false)
	println("floats:", 0.0, 1.0, -1.5, 3.14159, 1e100, 1e-100, float32(0.1), 123456789.0)
	var zero float64
	println("special:", 1/zero, -1/zero, zero/zero, -zero)
	println("complex:", 1+2i, complex64(-1.5-0.5i))
	println("strings:", "", "a b", "日本")
	var p *T
	var s []int
	var e interface{}
	var err error
	println("nils:", p == nil, s == nil, e == nil, err == nil)
	println(p)
	println()
	println("no", "spaces", "?")
	print("print", "adds", "no", "spaces", 1, 2, true, "\n")
	print(1, 2, 3, "\n")
	print("x", 1.5, "\n")
	r := 'A'
	b := byte('B')
	println(r, b, uintptr(7))
	println(float32(16777217), 100.0, 0.5, 1e21, 1e20)
}
