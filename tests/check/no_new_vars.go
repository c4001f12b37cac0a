// errorcheck

package main

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	println(a)
}
