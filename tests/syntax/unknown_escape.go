// errorcheck

package main

func main() {
	s := "a\qb" // ERROR "unknown escape"
	println(s)
}
