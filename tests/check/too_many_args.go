// errorcheck

package main

func f(a int) {}

func main() {
	f(1, 2) // ERROR "too many arguments in call to f"
}
