// errorcheck

package main

type T struct {
	a int
}

func main() {
	p := &T{}
	println(p.z) // ERROR "p.z undefined \(type \*T has no field or method z\)"
}
