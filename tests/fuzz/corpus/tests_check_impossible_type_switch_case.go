// errorcheck

package main

type Counter interface {
	Inc()
}

type C struct{}

func (c *C) Inc() {}

func main() {
	var x Counter = &C{}
	switch x.(type) {
	case C: // ERROR "impossible type switch case: C"
	case *C:
	}
}
