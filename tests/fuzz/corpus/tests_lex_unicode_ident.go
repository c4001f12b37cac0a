// errorcheck

// Letters of any script are identifier characters; digits of any script may
// follow the first letter. Only the stray symbol is an error.

package main

func main() {
	café, αβγ, Привет, 变量, ǅx, x١٢ := 1, 2, 3, 4, 5, 6
	println(café, αβγ, Привет, 变量, ǅx, x١٢)
	var ok✓ = 1; _ = ok✓ // ERROR "invalid character U\+2713 '✓' in identifier"
}
