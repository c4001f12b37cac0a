// errorcheck

package main

func main() {
	a := 1
	b := 2.5
	c := a + b // ERROR "invalid operation: a \+ b \(mismatched types int and float64\)"
	_ = c
}
