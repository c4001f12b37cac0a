// errorcheck

package main

import "unsafe"

type T struct {
	a byte
	b int64
}

func none() {}

func main() {
	var t T
	_ = unsafe.Sizeof(nil)       // ERROR "use of untyped nil in argument to unsafe.Sizeof"
	_ = unsafe.Alignof(nil)      // ERROR "use of untyped nil in argument to unsafe.Alignof"
	_ = unsafe.Sizeof()          // ERROR "invalid operation: not enough arguments for unsafe.Sizeof\(\) \(expected 1, found 0\)"
	_ = unsafe.Alignof(t, t)     // ERROR "invalid operation: too many arguments for unsafe.Alignof\(t, t\) \(expected 1, found 2\)"
	_ = unsafe.Sizeof(T)         // ERROR "T \(type\) is not an expression"
	_ = unsafe.Sizeof(none())    // ERROR "none\(\) \(no value\) used as value"
	_ = unsafe.Sizeof(1 << 70)   // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in argument to unsafe.Sizeof \(overflows\)"
	const big = unsafe.Sizeof(t) * 1e20 // ERROR "1e20 \(untyped float constant 1e\+20\) truncated to uintptr"
	const huge = unsafe.Sizeof(t) << 62 // ERROR "unsafe.Sizeof\(t\) << 62 \(constant 73786976294838206464 of type uintptr\) overflows uintptr"
	var i int = unsafe.Sizeof(t) // ERROR "cannot use unsafe.Sizeof\(t\) \(constant 16 of type uintptr\) as type int in variable declaration"
	var arr [unsafe.Sizeof(t)]byte
	var arr2 [unsafe.Alignof(t.a)]byte
	_, _, _ = i, arr, arr2
}
