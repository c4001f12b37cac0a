// run

package main

// Runaway recursion ends with go's fatal error, not a host crash.

func down(n int) int {
	return down(n+1) + 1
}

func main() {
	println("start")
	println(down(0))
}
