// errorcheck

package main

func main() {
	x := 1
	switch x {
	case "one": // ERROR "cannot convert .one. \(untyped string constant\) to int"
	}
}
