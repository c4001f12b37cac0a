// errorcheck

package main

func main() {
	x := 1
	defer int(x) // ERROR "defer requires function call, not conversion"
}
