// errorcheck

package main

func main() {
	m := map[string]int{
		"a": 1,
		"b": 2,
		"a": 3, // ERROR "duplicate key .a. in map literal"
	}
	_ = m
}
