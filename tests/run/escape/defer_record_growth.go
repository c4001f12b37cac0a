// run

// Attacks: a defer record kept in the frame (a function with a defer in a
// loop as well as one at top level) whose deferred call runs at return
// when the goroutine's stack must grow for it: the record moves with the
// old stack and must not be read from the freed one. Depths vary so that
// some return lands exactly on a growth.
package main

import "fmt"

var total int

type big [40]int

func h(a, b, c, d int)  { total += a + b + c + d }
func hb(b big, tag int) { total += b[0] + b[39]*tag }

func f(n int) {
	for i := 0; i < 1; i++ {
		defer h(i, n, 0, 0)
	}
	var b big
	b[0], b[39] = n, 2
	defer hb(b, 3)
	defer h(1, 2, 3, 4)
}

func deep(n, d int) {
	var pad [8]int
	pad[n%8] = n
	if n > 0 {
		deep(n-1, d+pad[n%8]-n)
		return
	}
	f(d)
}

func main() {
	for d := 0; d < 400; d++ {
		deep(d, d)
	}
	fmt.Println(total)
	done := make(chan int)
	for g := 0; g < 4; g++ { // fresh goroutine stacks, one at a time
		go func(g int) {
			for d := g; d < 300; d += 4 {
				deep(d, 1)
			}
			done <- 1
		}(g)
		<-done
	}
	fmt.Println(total)
}
