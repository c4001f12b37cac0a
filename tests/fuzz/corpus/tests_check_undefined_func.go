// errorcheck

package main

func main() {
	foo() // ERROR "undefined: foo"
}
