// errorcheck

package main

type S struct{ items []int }

func main() {
	a, b := S{}, S{}
	println(a == b) // ERROR "invalid operation: a == b \(struct containing \[\]int cannot be compared\)"
}
