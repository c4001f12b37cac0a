// errorcheck

package main

func main() {
	x := 1__000 // ERROR "'_' must separate successive digits"
	println(x)
}
