// errorcheck

package main

func main() {
	println(r)
}

var r = 'x // ERROR "rune literal not terminated"