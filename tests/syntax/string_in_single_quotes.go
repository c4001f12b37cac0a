// errorcheck

package main

func main() {
	s := 'hello' // ERROR "more than one character in rune literal"
	println(s)
}
