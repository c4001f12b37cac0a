// errorcheck

package main

func f(a int // ERROR "syntax error: unexpected newline in parameter list; possibly missing comma or \)"
) {
}

func main() {
}
