// errorcheck

package main

func f() {}
func g() {}

func main() {
	switch f {
	case nil:
	case g: // ERROR "invalid case g in switch on f \(func can only be compared to nil\)"
	}
}
