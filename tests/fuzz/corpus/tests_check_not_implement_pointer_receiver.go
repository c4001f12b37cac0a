// errorcheck

package main

type Counter interface {
	Inc()
}

type C struct{ n int }

func (c *C) Inc() { c.n++ }

func main() {
	var c Counter = C{} // ERROR "cannot use C\{\} \(value of type C\) as type Counter in variable declaration"
	_ = c
}
