// errorcheck

package main

import "unsafe"

func main() {
	var s []int
	var b []byte
	var m map[int]int
	_ = len(s...)                    // ERROR "invalid operation: invalid use of ... with built-in len"
	_ = cap(s...)                    // ERROR "invalid operation: invalid use of ... with built-in cap"
	copy(b, "abc"...)                // ERROR "invalid operation: invalid use of ... with built-in copy"
	print(s...)                      // ERROR "invalid operation: invalid use of ... with built-in print"
	println(s...)                    // ERROR "invalid operation: invalid use of ... with built-in println"
	delete(m, s...)                  // ERROR "invalid operation: invalid use of ... with built-in delete"
	_ = new(s...)                    // ERROR "invalid operation: invalid use of ... with built-in new"
	_ = unsafe.Sizeof(s...)          // ERROR "invalid operation: invalid use of ... with built-in Sizeof"
	_ = unsafe.Slice(&s, s...)       // ERROR "invalid operation: invalid use of ... with built-in Slice"
	_ = append(s, s...)
	_ = append(b, "abc"...)
}
