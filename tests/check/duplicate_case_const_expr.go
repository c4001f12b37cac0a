// errorcheck

package main

const two = 2

func main() {
	x := 4
	switch x {
	case 4:
	case two * 2: // ERROR "duplicate case two \* 2 \(constant 4 of type int\) in expression switch"
	}
}
