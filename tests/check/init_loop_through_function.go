// errorcheck

// A variable whose initializer reaches itself through functions, a method
// value and an n:1 assignment: each is an initialization loop (types2's
// initorder.go reports the first variable on the cycle that it meets).
package main

type T int

func (t T) m() int { _ = y; return 0 }

var y = T(0).m // ERROR "initialization loop for y"

func fx() int {
	_ = x
	return 0
}

var x = fx // ERROR "initialization loop for x"

var a, b = pair() // ERROR "initialization loop for b"
var c = b

func pair() (int, int) { return c, c }

var f = func() { f() } // ERROR "initialization loop for f"

const (
	A = B + 1 // ERROR "initialization loop for A"
	B = A * 2
)

var arr [len(arr)]int // ERROR "initialization loop for arr"

// Recursion among functions is no loop.
func even(n int) bool { return n == 0 || odd(n-1) }
func odd(n int) bool  { return n != 0 && even(n-1) }

var ok = even(4)

func main() {}
