// errorcheck

package main

type P struct{ x, y int }

func main() {
	p := P{1, 2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or }"
	_ = p
}
