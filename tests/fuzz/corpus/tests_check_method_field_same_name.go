// errorcheck

package main

type T struct {
	Name string
}

func (t T) Name() string { return "" } // ERROR "field and method with the same name Name"

func main() {
}
