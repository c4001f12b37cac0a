// errorcheck

package main

func main() {
	s := `hello // ERROR "string not terminated"
	println(s)
}
