// errorcheck

package main

type T struct{}

func (T) M() {}

func (*T) M() {} // ERROR "T.M redeclared in this block"

func main() {
}
