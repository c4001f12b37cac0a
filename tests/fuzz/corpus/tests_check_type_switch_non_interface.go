// errorcheck

package main

func main() {
	x := "s"
	switch x.(type) { // ERROR "x \(variable of type string\) is not an interface"
	case string:
	}
}
