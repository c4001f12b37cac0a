// errorcheck

package main

func main() {
	s := []int{
		1,
		2 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or }"
	}
	println(len(s))
}
