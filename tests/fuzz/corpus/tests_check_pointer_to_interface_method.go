// errorcheck

package main

type I interface{ M() }

func call(p *I) {
	p.M() // ERROR "p.M undefined \(type \*I is pointer to interface, not interface\)"
}

func main() {
}
