// run

package main

import "fmt"

// A buffered channel is a FIFO queue: sends do not block until it is full,
// and values come out in the order they went in, also after wrapping around.

func main() {
	c := make(chan string, 4)
	for _, s := range []string{"a", "b", "c", "d"} {
		c <- s
	}
	fmt.Println(<-c, <-c)
	c <- "e"
	c <- "f"
	for i := 0; i < 4; i++ {
		fmt.Print(<-c, " ")
	}
	fmt.Println()

	// Many wrap-arounds of a small ring.
	q := make(chan int, 3)
	next, want := 0, 0
	ok := true
	for round := 0; round < 100; round++ {
		for len(q) < cap(q) {
			q <- next
			next++
		}
		for k := 0; k < 1+round%3; k++ {
			if v := <-q; v != want {
				ok = false
			}
			want++
		}
	}
	fmt.Println("fifo ok:", ok, "sent:", next, "received:", want, "left:", len(q))

	// A goroutine producing into a buffered channel: order is preserved.
	d := make(chan int, 10)
	go func() {
		for i := 0; i < 50; i++ {
			d <- i
		}
		close(d)
	}()
	prev, inOrder := -1, true
	for v := range d {
		if v != prev+1 {
			inOrder = false
		}
		prev = v
	}
	fmt.Println("in order:", inOrder, "last:", prev)

	// Buffered channel of size 1 used as a semaphore/mutex.
	sem := make(chan struct{}, 1)
	total := 0
	done := make(chan bool)
	for g := 0; g < 10; g++ {
		go func(g int) {
			sem <- struct{}{}
			total += g
			<-sem
			done <- true
		}(g)
	}
	for g := 0; g < 10; g++ {
		<-done
	}
	fmt.Println("total:", total)
}
