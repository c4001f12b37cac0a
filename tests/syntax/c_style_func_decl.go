// errorcheck

package main

int f() { // ERROR "syntax error: non-declaration statement outside function body"
	return 0
}

func main() {
}
