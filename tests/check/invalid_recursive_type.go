// errorcheck

package main

type T struct { // ERROR "invalid recursive type T"
	next T
}

func main() {
	var t T
	_ = t
}
