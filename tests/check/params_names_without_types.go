// errorcheck

package main

// A parameter list of bare names is a list of unnamed parameters of those types.
func f(a, b) { // ERROR "undefined: a" "undefined: b"
}

func main() {
}
