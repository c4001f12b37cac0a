// errorcheck

package main

func f() {}

func main() {
	defer (f()) // ERROR "expression in defer must not be parenthesized"
}
