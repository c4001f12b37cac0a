// errorcheck

package main

func main() {
	n := 0
L:
	for n < 2 {
		n++
		switch n {
		case 1:
		L: // ERROR "label L already defined at .*LINE-5:1"
			continue L
		}
	}
}
