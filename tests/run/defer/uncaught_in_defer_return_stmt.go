// run

package main

import "fmt"

// A deferred call panics when the function returns through an explicit
// return statement in the middle of its body: the trace shows that line.

func closeAll(n int) {
	fmt.Println("closing", n)
	if n == 2 {
		panic(fmt.Sprint("close failed at ", n))
	}
}

func process(items []int) int {
	for i, it := range items {
		defer closeAll(it)
		if it < 0 {
			return i
		}
	}
	fmt.Println("processed all")
	return len(items)
}

func main() {
	fmt.Println(process([]int{5, 6}))
	fmt.Println(process([]int{1, 2, -1, 4}))
}
