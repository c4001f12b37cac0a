// errorcheck

package main

func main() {
	m := map[string]int{"a": 1}
	p := &m["a"] // ERROR "invalid operation: cannot take address of m\[.a.\] \(map index expression of type int\)"
	_ = p
}
