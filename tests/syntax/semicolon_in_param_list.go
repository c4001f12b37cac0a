// errorcheck

package main

func f(a int; b int) { // ERROR "syntax error: unexpected semicolon in parameter list; possibly missing comma or \)"
}

func main() {
}
