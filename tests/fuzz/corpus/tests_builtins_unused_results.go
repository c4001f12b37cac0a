// errorcheck

package main

import "unsafe"

// Builtins with results are expressions and cannot stand alone; those
// without (close, delete, panic, print, println) and copy and recover can.
func main() {
	var s []int
	var m map[int]int
	ch := make(chan int)
	len(s)                 // ERROR "len\(s\) \(value of type int\) is not used"
	append(s, 1)           // ERROR "append\(s, 1\) \(value of type \[\]int\) is not used"
	unsafe.Sizeof(s)       // ERROR "unsafe.Sizeof\(s\) \(constant 24 of type uintptr\) is not used"
	defer len(s)           // ERROR "defer discards result of len\(s\) \(value of type int\)"
	defer append(s, 1)     // ERROR "defer discards result of append\(s, 1\) \(value of type \[\]int\)"
	defer unsafe.Sizeof(s) // ERROR "defer discards result of unsafe.Sizeof\(s\) \(constant 24 of type uintptr\)"
	go new(int)            // ERROR "go discards result of new\(int\) \(value of type \*int\)"
	copy(s, s)
	recover()
	defer copy(s, s)
	defer recover()
	defer delete(m, 1)
	go close(ch)
	go panic(1)
	defer print()
	delete(m, 2)
	println()
}
