// errorcheck

package main

func main() {
	x := 1
	switch x {
	default:
	case 1:
	default: // ERROR "multiple defaults"
	}
}
