// errorcheck

package main

type Counter interface {
	Inc()
}

type C struct{}

func (c *C) Inc() {}

func main() {
	var x Counter = &C{}
	_ = x.(C) // ERROR "impossible type assertion: x.\(C\)"
}
