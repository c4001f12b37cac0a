// errorcheck

package main

func main() {
	n := 10
	for i := range n { // ERROR "cannot range over n \(variable of type int\)"
		_ = i
	}
}
