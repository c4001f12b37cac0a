// run

package main

import "fmt"

// On entering a select, the channel operands of every case and the values
// of every send are evaluated exactly once, in source order, whichever case
// is then chosen. The left-hand sides of a receive assignment are evaluated
// only for the chosen case.

var trace []string

func ch(name string, c chan int) chan int {
	trace = append(trace, "chan "+name)
	return c
}

func val(name string, v int) int {
	trace = append(trace, "val "+name)
	return v
}

func idx(name string, i int) int {
	trace = append(trace, "idx "+name)
	return i
}

func main() {
	ready := make(chan int, 1)
	ready <- 7
	never := make(chan int)
	var dst [3]int

	select {
	case ch("a", never) <- val("a", 1):
		fmt.Println("a")
	case dst[idx("b", 0)] = <-ch("b", never):
		fmt.Println("b")
	case ch("c", never) <- val("c", 3):
		fmt.Println("c")
	case dst[idx("d", 2)] = <-ch("d", ready):
		fmt.Println("d chosen")
	}
	fmt.Println(trace)
	fmt.Println(dst)

	// With a default taken, the operands are still evaluated.
	trace = nil
	select {
	case ch("e", never) <- val("e", 5):
	case <-ch("f", never):
	default:
		trace = append(trace, "default")
	}
	fmt.Println(trace)
}
