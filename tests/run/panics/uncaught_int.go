// run

package main

func level(n int) {
	if n == 0 {
		panic(-42)
	}
	level(n - 1)
}

func main() {
	level(2)
}
