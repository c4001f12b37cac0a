// errorcheck

package main

func show(v interface{}) {}

func main() {
	show(int) // ERROR "int \(type\) is not an expression"
}
