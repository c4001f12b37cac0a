// errorcheck

package main

type P struct{ x int }

func main() {
	var p P
	p.x := 1 // ERROR "non-name p.x on left side of :="
	println(p.x)
}
