// errorcheck

package main

func sum(xs ...int) int { return 0 }

func main() {
	s := []string{"a"}
	sum(s...) // ERROR "cannot use s \(variable of type \[\]string\) as type \[\]int in argument to sum"
}
