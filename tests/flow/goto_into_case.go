// errorcheck

package main

func main() {
	n := 2
	switch n {
	case 1:
		goto two // ERROR "goto two jumps into block starting at .*LINE+1:2"
	case 2:
	two:
		println("two")
	}
}
