// errorcheck

package main

func main() {
	m := map[string]int{}
	m["a"] = "b" // ERROR "cannot use .b. \(untyped string constant\) as int value in assignment"
}
