// errorcheck

package main

const s = "abc"

func main() {
	_ = s[3] // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
}
