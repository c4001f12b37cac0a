// errorcheck

package main

func main() {
	s := ""
	if s { // ERROR "non-boolean condition in if statement"
	}
}
