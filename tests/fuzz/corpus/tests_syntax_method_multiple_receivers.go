// errorcheck

package main

type T struct{}

func (a, b T) M() {} // ERROR "method has multiple receivers"

func main() {
}
