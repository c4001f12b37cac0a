// errorcheck

package main

func main() {
	m := map[int]int{}
	m = append(m, 1) // ERROR "first argument to append must be a slice; have m \(variable of type map\[int\]int\)"
}
