// errorcheck

package main

func main() {
	m := map[int]int{}
	_ = cap(m) // ERROR "invalid argument: m \(variable of type map\[int\]int\) for cap"
}
