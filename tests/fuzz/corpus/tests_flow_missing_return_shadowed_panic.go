// errorcheck

package main

func fail(msg string) int {
	panic := func(s string) { println(s) }
	panic(msg)
} // ERROR "missing return"

func main() {
	println(fail)
}
