// errorcheck

package main

func main() {
	f := func() // ERROR "func\(\) \(type\) is not an expression"
	f()
}
