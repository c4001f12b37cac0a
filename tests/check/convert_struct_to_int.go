// errorcheck

package main

type P struct{ x int }

func main() {
	p := P{1}
	_ = int(p) // ERROR "cannot convert p \(variable of type P\) to type int"
}
