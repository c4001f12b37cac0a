// errorcheck

package main

func main() {
	s := []int{1}
	for i := range s; i < 1; i++ { // ERROR "syntax error: unexpected semicolon, expecting { after for clause"
	}
}
