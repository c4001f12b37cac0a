// errorcheck

package main

func main() {
	s := []int{1, 2}
	println(s[0) // ERROR "syntax error: unexpected \), expecting comma, : or \]"
}
