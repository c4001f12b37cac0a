// errorcheck

package main

type T struct{}

func (T) Get() int { return 1 }

func main() {
	var t T
	t.Set(2) // ERROR "t.Set undefined \(type T has no field or method Set\)"
}
