// run

package main

import "fmt"

func prefix(s string, n int) string {
	return s[:n]
}

func main() {
	fmt.Println(prefix("golite", 2))
	fmt.Println(prefix("golite", 6))
	fmt.Println(prefix("abc", 10))
}
