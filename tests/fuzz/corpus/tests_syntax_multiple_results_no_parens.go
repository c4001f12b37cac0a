// errorcheck

package main

func f() int, error { // ERROR "syntax error: unexpected comma after top level declaration"
	return 0, nil
}

func main() {
}
