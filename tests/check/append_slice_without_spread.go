// errorcheck

package main

func main() {
	a := []int{1}
	b := []int{2}
	a = append(a, b) // ERROR "cannot use b \(variable of type \[\]int\) as type int in argument to append"
	_ = a
}
