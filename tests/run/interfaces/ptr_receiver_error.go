// errorcheck

package main

type I interface{ M() }

type T struct{}

func (*T) M() {}

type J interface {
	I
	N()
}

type U struct{}

func (U) M() {}

func use(I) {}

func main() {
	var _ I = T{} // ERROR "T does not implement I \(M method has pointer receiver\)"
	var _ I = &T{}
	use(T{}) // ERROR "T does not implement I \(M method has pointer receiver\)"
	var i I = &T{}
	_ = i.(T) // ERROR "impossible type assertion: i.\(T\)"
	var _ J = U{} // ERROR "U does not implement J \(missing N method\)"
	var x interface{} = T{}
	_, _ = x.(I) // a run-time question
}
