// errorcheck

package main

func main() {
	n := 5
	_ = len(n) // ERROR "invalid argument: n \(variable of type int\) for len"
}
