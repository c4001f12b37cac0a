// run

package main

import "fmt"

// A receive case on a closed channel is always ready, yielding the zero
// value and ok == false.

func main() {
	c := make(chan int, 2)
	c <- 1
	c <- 2
	close(c)
	for i := 0; i < 4; i++ {
		select {
		case v, ok := <-c:
			fmt.Println(v, ok)
		default:
			fmt.Println("default: wrong")
		}
	}

	// A closed channel as a done signal checked inside a loop.
	done := make(chan struct{})
	close(done)
	n := 0
loop:
	for {
		select {
		case <-done:
			break loop
		default:
			n++
		}
	}
	fmt.Println("loop ran", n, "times before seeing done")

	// A closed channel competes with a never-ready one: always chosen.
	never := make(chan int)
	picked := 0
	for i := 0; i < 100; i++ {
		select {
		case <-never:
		case _, ok := <-c:
			if !ok {
				picked++
			}
		}
	}
	fmt.Println("closed picked", picked)

	// Wait for the first of several closers.
	chans := []chan string{make(chan string), make(chan string), make(chan string)}
	close(chans[1])
	select {
	case <-chans[0]:
		fmt.Println("0")
	case s, ok := <-chans[1]:
		fmt.Printf("1 %q %v\n", s, ok)
	case <-chans[2]:
		fmt.Println("2")
	}
}
