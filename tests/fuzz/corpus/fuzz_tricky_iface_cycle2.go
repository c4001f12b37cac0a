package main

type I interface{ J; m() }
type J interface{ I; n() }
type T struct{}

func (T) m() {}

func main() {
	var x I
	var y J = x
	x.m()
	x.n()
	_ = x.(T)
	var t T
	x = t
	_ = y
}
