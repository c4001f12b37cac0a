// errorcheck

package main

func main() {
	println(nil == nil) // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
}
