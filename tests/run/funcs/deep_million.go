// run

package main

import "fmt"

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func main() {
	// Go's stacks grow to 1 GB, so a million frames are fine
	fmt.Println(sum(1000000))
	fmt.Println(isEven(1000000), isOdd(999999), isEven(777777))
	var depth func(int) int
	depth = func(n int) int {
		if n == 0 {
			return 0
		}
		return 1 + depth(n-1)
	}
	fmt.Println(depth(1000000))
}
