// errorcheck

package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough // ERROR "fallthrough statement out of place"
		println("after")
	case 2:
	}
}
