// errorcheck

package main

type T struct{}

func (T) Get() int { return 1 }

func main() {
	var t T
	println(t.get()) // ERROR "t.get undefined \(type T has no field or method get, but does have Get\)"
}
