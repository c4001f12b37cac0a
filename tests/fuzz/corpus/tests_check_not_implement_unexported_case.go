// errorcheck

package main

type Runner interface {
	Run()
}

type R struct{}

func (R) run() {}

func main() {
	var r Runner = R{} // ERROR "cannot use R\{\} \(value of type R\) as type Runner in variable declaration"
	_ = r
}
