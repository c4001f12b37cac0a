// errorcheck

package main

func main() {
	const c := 1 // ERROR "syntax error: unexpected :=, expecting ="
	println(c)
}
