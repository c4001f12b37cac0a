// errorcheck

package main

func main() {
	n := 1
	goto done // ERROR "goto done jumps into block starting at .*LINE+3:9"
	if n > 0 {
		println("then")
	} else {
	done:
		println("else")
	}
}
