// run

package main

import "fmt"

func main() {
	sizes := []int{4, 0, -1}
	for _, n := range sizes {
		b := make([]string, n)
		fmt.Println("made", len(b))
	}
}
