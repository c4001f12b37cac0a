// errorcheck

package main

func main() {
	var f float64 = "1.5" // ERROR "cannot use .1.5. \(untyped string constant\) as float64 value in variable declaration"
	_ = f
}
