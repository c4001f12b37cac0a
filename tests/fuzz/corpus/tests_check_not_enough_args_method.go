// errorcheck

package main

type T struct{}

func (T) M(s string, n int) {}

func main() {
	var t T
	t.M("a") // ERROR "not enough arguments in call to t.M"
}
