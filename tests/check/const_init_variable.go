// errorcheck

package main

func main() {
	n := 3
	const c = n * 2 // ERROR "n \* 2 \(value of type int\) is not constant"
	_ = c
}
