// errorcheck

package main

func broken() int {
	panic() // ERROR "not enough arguments for panic"
} // ERROR "missing return"

func main() {
	println(broken)
}
