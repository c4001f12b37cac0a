// errorcheck

package main

type P struct{ x int }

func main() {
	m := map[string]P{"a": {1}}
	m["a"].x = 2 // ERROR "cannot assign to struct field m\[.a.\].x in map"
}
