// errorcheck

// ASCII characters that start no Go token are reported and skipped: the
// rest of each line is still valid Go, so these are the only errors.

package main

func main() {
	x := 1 @+ 2 // ERROR "invalid character U\+0040 '@'"
	y := x #* 3 // ERROR "invalid character U\+0023 '#'"
	$z := x + y // ERROR "invalid character U\+0024 '\$'"
	w := z ?- 1 // ERROR "invalid character U\+003F '\?'"
	v := w \/ 2 // ERROR `invalid character U\+005C '\\'`
	u := v + 1 // ERROR "invalid character U\+0001$"
	t := u + 1 // ERROR "invalid character U\+007F$"
	println(t)
}
