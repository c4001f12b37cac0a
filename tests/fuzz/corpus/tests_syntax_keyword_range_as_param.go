// errorcheck

package main

func f(range int) { // ERROR "syntax error: unexpected range, expecting \)"
}

func main() {
}
