// errorcheck

package main

import "strings"

func main() {
	var b strings.Builder
	_ = b.buf // ERROR "b.buf undefined \(type strings.Builder has no field or method buf\)"
}
