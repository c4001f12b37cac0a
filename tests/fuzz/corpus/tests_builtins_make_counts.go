// errorcheck

package main

func main() {
	var n int
	_ = make([]int)               // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = make([]int, 1, 2, 3)      // ERROR "invalid operation: make\(\[\]int, 1, 2, 3\) expects 2 or 3 arguments; found 4"
	_ = make(map[int]int, 1, 2)   // ERROR "invalid operation: make\(map\[int\]int, 1, 2\) expects 1 or 2 arguments; found 3"
	_ = make(chan int, 1, 2)      // ERROR "invalid operation: make\(chan int, 1, 2\) expects 1 or 2 arguments; found 3"
	_ = make([]int, n, n, n)      // ERROR "invalid operation: make\(\[\]int, n, n, n\) expects 2 or 3 arguments; found 4"
	_ = make()                    // ERROR "invalid operation: not enough arguments for make\(\) \(expected 1, found 0\)"
	_ = make([]int, n...)         // ERROR "invalid operation: invalid use of ... with built-in make"
	_ = make([]int, n, n)
}
