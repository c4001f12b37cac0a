// errorcheck

package main

func main() {
	_ = len() // ERROR "not enough arguments for len\(\)"
}
