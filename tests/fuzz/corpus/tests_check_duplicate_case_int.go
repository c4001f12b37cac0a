// errorcheck

package main

func main() {
	x := 2
	switch x {
	case 1:
	case 2, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	}
}
