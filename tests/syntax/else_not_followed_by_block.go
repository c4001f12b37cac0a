// errorcheck

package main

func main() {
	x := 1
	if x > 0 {
		println("pos")
	} else println("neg") // ERROR "syntax error: else must be followed by if or statement block"
}
