// errorcheck

package main

type P struct{ x int }

func get() P { return P{} }

func main() {
	get().x = 1 // ERROR "cannot assign to get\(\).x \(value of type int\)"
}
