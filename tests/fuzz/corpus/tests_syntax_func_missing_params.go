// errorcheck

package main

func f { // ERROR "syntax error: unexpected {, expecting \("
} // ERROR "syntax error: unexpected }, expecting \)"

func main() {
}
