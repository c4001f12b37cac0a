// errorcheck

package main

func main() {
	_ = int(3.7) // ERROR "cannot convert 3.7 \(untyped float constant\) to type int"
}
