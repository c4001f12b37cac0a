// errorcheck

package main

func main() {
	a, b := true, false
	_ = a < b // ERROR "invalid operation: a < b \(operator < not defined on bool\)"
}
