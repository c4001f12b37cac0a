// errorcheck

package main

import "unsafe"

func main() {
	var i int
	var s string
	p := unsafe.Pointer(&i)
	_ = unsafe.Add(i, 1)           // ERROR "cannot use i \(variable of type int\) as type unsafe.Pointer in argument to unsafe.Add"
	_ = unsafe.Add(p, s)           // ERROR "invalid argument: length s \(variable of type string\) must be integer"
	_ = unsafe.Add(p, 1.5)         // ERROR "1.5 \(untyped float constant\) truncated to int"
	_ = unsafe.Add(p)              // ERROR "invalid operation: not enough arguments for unsafe.Add\(p\) \(expected 2, found 1\)"
	_ = unsafe.Slice(i, 1)         // ERROR "invalid argument: i \(variable of type int\) is not a pointer"
	_ = unsafe.Slice(&i, -1)       // ERROR "invalid argument: length -1 \(constant of type int\) must not be negative"
	_ = unsafe.Slice(&i, s)        // ERROR "invalid argument: length s \(variable of type string\) must be integer"
	_ = unsafe.Slice(nil, 1)       // ERROR "invalid argument: nil is not a pointer"
	_ = unsafe.Slice(&i, 1, 2)     // ERROR "invalid operation: too many arguments for unsafe.Slice\(&i, 1, 2\) \(expected 2, found 3\)"
	var ip *int = unsafe.Slice(&i, 1) // ERROR "cannot use unsafe.Slice\(&i, 1\) \(value of type \[\]int\) as type \*int in variable declaration"
	_ = unsafe.Add(p, -1)
	_ = unsafe.Add(nil, uint8(3))
	_ = unsafe.Slice(&i, uint(1))
	_ = ip
}
