// errorcheck

package main

import "unsafe"

// len, cap and the unsafe functions give typed constants (int and uintptr),
// which do not convert implicitly.
func main() {
	var i8 int8 = len("abc")       // ERROR "cannot use len\(.abc.\) \(constant 3 of type int\) as type int8 in variable declaration"
	var f float64 = len([7]int{})  // ERROR "cannot use len\(\[7\]int{}\) \(constant 7 of type int\) as type float64 in variable declaration"
	const u uint = cap([9]int{})   // ERROR "cannot use cap\(\[9\]int{}\) \(constant 9 of type int\) as type uint in constant declaration"
	var n int = unsafe.Sizeof(i8)  // ERROR "cannot use unsafe.Sizeof\(i8\) \(constant 1 of type uintptr\) as type int in variable declaration"
	const big = len("ab") << 62    // ERROR "len\(.ab.\) << 62 \(constant 9223372036854775808 of type int\) overflows int"
	var s []int
	var v uint = len(s)            // ERROR "cannot use len\(s\) \(value of type int\) as type uint in variable declaration"
	const ok = len("abc") * 2.0
	var w int8 = int8(len("abc"))
	_, _, _, _, _ = i8, f, n, v, w
}
