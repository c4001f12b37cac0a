// errorcheck

package main

func main() {
	var str string
	var n int
	var u uint8
	_ = make([]int, 10, 5)        // ERROR "invalid argument: length and capacity swapped"
	_ = make([]int, -1)           // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = make([]int, 1, -2)        // ERROR "invalid argument: index -2 \(constant of type int\) must not be negative"
	_ = make([]int, str)          // ERROR "invalid argument: index str \(variable of type string\) must be integer"
	_ = make([]int, 1.5)          // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = make(map[int]int, 1<<64)  // ERROR "1 << 64 \(untyped int constant 18446744073709551616\) overflows int"
	_ = make([]int, uint64(1<<63)) // ERROR "invalid argument: index uint64\(1 << 63\) \(constant 9223372036854775808 of type uint64\) overflows int"
	_ = make([]int, n, u)
	_ = make([]int, 2.0, 'a')
	_ = make([]int, n, 1)
}
