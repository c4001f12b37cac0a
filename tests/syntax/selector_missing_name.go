// errorcheck

package main

import "fmt"

func main() {
	fmt.
} // ERROR "syntax error: unexpected }, expecting name or \("
