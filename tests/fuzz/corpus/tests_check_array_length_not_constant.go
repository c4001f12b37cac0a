// errorcheck

package main

func main() {
	n := 4
	println(n)
	var a [n]int // ERROR "invalid array length n"
	_ = a
}
