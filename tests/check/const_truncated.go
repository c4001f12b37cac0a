// errorcheck

package main

func main() {
	var i int = 2.5 // ERROR "cannot use 2.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	_ = i
}
