// errorcheck

package main

func gen() int { return 1 }

func main() {
	for x := range gen { // ERROR "cannot range over gen \(value of type func\(\) int\)"
		_ = x
	}
}
