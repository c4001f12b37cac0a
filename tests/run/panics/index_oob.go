// run

package main

import "fmt"

func get(s []string, i int) string {
	return s[i]
}

func main() {
	words := []string{"alpha", "beta", "gamma"}
	for i := 0; i <= len(words); i++ {
		fmt.Println(i, get(words, i))
	}
}
