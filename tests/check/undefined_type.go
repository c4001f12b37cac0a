// errorcheck

package main

func main() {
	var x Foo // ERROR "undefined: Foo"
	_ = x
}
