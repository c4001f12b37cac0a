// errorcheck

package main

func main() {
	s := "n="
	n := 3
	t := s + n // ERROR "invalid operation: s \+ n \(mismatched types string and int\)"
	_ = t
}
