// run

// An allocation the machine can never supply ends with Go's fatal error
// (exit status 2), not a hang writing heap metadata for a terabyte.
package main

import "fmt"

func main() {
	fmt.Println("before")
	s := make([]byte, 1<<40)
	s[len(s)-1] = 1
	fmt.Println(len(s))
}
