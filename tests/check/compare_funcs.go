// errorcheck

package main

func f() {}

func main() {
	g := f
	println(g == f) // ERROR "invalid operation: g == f \(func can only be compared to nil\)"
}
