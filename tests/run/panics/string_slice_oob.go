// run

package main

import "fmt"

func tail(s string, i int) string {
	return s[i:]
}

func main() {
	fmt.Println(tail("hello", 2))
	fmt.Println(tail("abc", 3) == "")
	fmt.Println(tail("abc", 5))
}
