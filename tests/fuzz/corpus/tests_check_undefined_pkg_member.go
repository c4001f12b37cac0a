// errorcheck

package main

import "strings"

func main() {
	s := strings.Foo("a") // ERROR "undefined: strings.Foo"
	println(s)
}
