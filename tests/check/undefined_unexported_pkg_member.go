// errorcheck

package main

import "strings"

func main() {
	println(strings.explode("a", 1)) // ERROR "undefined: strings.explode"
}
