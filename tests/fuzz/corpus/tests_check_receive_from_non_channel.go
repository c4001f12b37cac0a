// errorcheck

package main

func main() {
	s := []int{1}
	v := <-s // ERROR "invalid operation: cannot receive from non-channel s \(variable of type \[\]int\)"
	_ = v
}
