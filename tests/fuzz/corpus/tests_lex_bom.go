// errorcheck

// A byte order mark is allowed only as the first character of a file.

package main

func main() {
	x := 1 +﻿ 2 // ERROR "invalid BOM in the middle of the file"
	s := "a﻿b" // ERROR "invalid BOM in the middle of the file"
	println(x, s)
}
