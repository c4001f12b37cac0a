// errorcheck

package main

var double = func(n int) int {
	if n > 0 {
		return 2 * n
	}
} // ERROR "missing return"

func main() {
	f := func() (s string) {
		switch {
		case s == "":
			return "empty"
		}
	} // ERROR "missing return"
	println(double(1), f())
}
