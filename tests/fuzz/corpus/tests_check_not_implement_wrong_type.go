// errorcheck

package main

type Stringer interface {
	String() string
}

type T int

func (T) String() int { return 0 }

func main() {
	var s Stringer = T(1) // ERROR "cannot use T\(1\) \(constant 1 of type T\) as type Stringer in variable declaration"
	_ = s
}
