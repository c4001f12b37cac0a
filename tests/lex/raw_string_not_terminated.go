// errorcheck

package main

func main() {
	println(s)
}

var s = `a raw string never closed, // ERROR "string not terminated"
over several lines
to the end of the file