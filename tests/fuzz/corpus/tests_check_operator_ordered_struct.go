// errorcheck

package main

type P struct{ x int }

func main() {
	a, b := P{1}, P{2}
	_ = a < b // ERROR "invalid operation: a < b \(operator < not defined on struct\)"
}
