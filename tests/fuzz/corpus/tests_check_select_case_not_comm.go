// errorcheck

package main

func main() {
	x := 1
	println(x)
	select {
	case x > 0: // ERROR "select case must be send or receive \(possibly with assignment\)"
	}
}
