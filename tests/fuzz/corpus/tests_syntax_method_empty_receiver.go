// errorcheck

package main

type T struct{}

func () M() {} // ERROR "method has no receiver"

func main() {
}
