// errorcheck

package main

func main() {
	var s string = "abc"
	for i := range s {
		s[i] = 'x' // ERROR "cannot assign to s\[i\] \(value of type byte\)"
	}
}
