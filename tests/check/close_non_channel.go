// errorcheck

package main

func main() {
	s := []int{}
	close(s) // ERROR "invalid operation: cannot close non-channel s \(variable of type \[\]int\)"
}
