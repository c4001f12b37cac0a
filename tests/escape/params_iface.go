// escape
package main

type stringer interface{ String() string }

type name string

func (n name) String() string { return string(n) }

var gany interface{}

func describe(x interface{}) int {
	if x == nil {
		return 0
	}
	return 1
}

func keep(x interface{}) {
	gany = x
}

func pass(x interface{}) interface{} {
	return x
}

func callString(s stringer) string {
	return s.String()
}

func variadic(xs ...interface{}) int {
	return len(xs)
}

func variadicKeep(xs ...interface{}) {
	gany = xs
}

func main() {
	a := 10
	println(describe(a))
	keep(a + 1)
	v := pass(3)
	s := callString(name("bob"))
	println(variadic(1, "two", 3.0))
	variadicKeep(4, 5)
	println(v != nil, s)
}
