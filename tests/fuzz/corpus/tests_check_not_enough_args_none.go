// errorcheck

package main

func f(a, b int) {}

func main() {
	f() // ERROR "not enough arguments in call to f"
}
