// errorcheck

package main

func main() {
	for {
		break 1 // ERROR "syntax error: unexpected literal 1 at end of statement"
	}
}
