// errorcheck

package main

func main() {
	a := [3]int{1; 2; 3} // ERROR "syntax error: unexpected semicolon in composite literal; possibly missing comma or }"
	_ = a
}
