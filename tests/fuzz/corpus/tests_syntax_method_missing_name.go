// errorcheck

package main

func (x int) { // ERROR "syntax error: unexpected {, expecting name or \("
}

func main() {
}
