// errorcheck

package main

type Handlers map[func()]int // ERROR "invalid map key type func\(\)"

func main() {
	var h Handlers
	_ = h
}
