// run

package main

import "fmt"

// select with a default case never blocks: default runs when no other case
// is ready, and is skipped when one is.

func main() {
	c := make(chan int)
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("default: nothing to receive")
	}

	select {
	case c <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("default: no receiver")
	}

	b := make(chan int, 1)
	b <- 7
	select {
	case v := <-b:
		fmt.Println("received", v)
	default:
		fmt.Println("default: wrong")
	}

	// Only a default.
	n := 0
	select {
	default:
		n++
	}
	fmt.Println("only default ran:", n)

	// default written first is still the fallback only.
	b <- 8
	select {
	default:
		fmt.Println("default: wrong")
	case v := <-b:
		fmt.Println("received", v, "with default first")
	}

	// Polling loop: count how many polls found nothing, with a fixed
	// amount of data.
	d := make(chan int, 3)
	d <- 1
	d <- 2
	d <- 3
	got, empty := 0, 0
	for i := 0; i < 10; i++ {
		select {
		case <-d:
			got++
		default:
			empty++
		}
	}
	fmt.Println("got", got, "empty", empty)
}
