// errorcheck

package main

func main() {
	n := 3
	for n { // ERROR "non-boolean condition in for statement"
		n--
	}
}
