// run

package main

import (
	"fmt"
	"time"
)

// Goroutines blocked in select are woken by a later send, receive or close
// on any of their channels; the other cases are abandoned cleanly.

func main() {
	a := make(chan int)
	b := make(chan int)
	res := make(chan string)
	go func() {
		select {
		case v := <-a:
			res <- fmt.Sprint("woken by a: ", v)
		case v := <-b:
			res <- fmt.Sprint("woken by b: ", v)
		}
	}()
	time.Sleep(10 * time.Millisecond)
	b <- 2
	fmt.Println(<-res)

	// Afterwards a is free: a non-blocking send finds no receiver.
	select {
	case a <- 1:
		fmt.Println("stale waiter received: wrong")
	default:
		fmt.Println("no stale waiter on a")
	}

	// Woken by a receiver on a send case.
	out := make(chan string)
	go func() {
		select {
		case out <- "sent from select":
		case <-a:
		}
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(<-out)

	// Woken by close.
	q := make(chan struct{})
	go func() {
		select {
		case <-q:
			res <- "woken by close"
		case <-a:
			res <- "wrong"
		}
	}()
	time.Sleep(10 * time.Millisecond)
	close(q)
	fmt.Println(<-res)

	// Many goroutines in select on the same channel, each woken once.
	work := make(chan int)
	stop := make(chan struct{})
	sums := make(chan int)
	for g := 0; g < 4; g++ {
		go func() {
			s := 0
			for {
				select {
				case v := <-work:
					s += v
				case <-stop:
					sums <- s
					return
				}
			}
		}()
	}
	for i := 1; i <= 100; i++ {
		work <- i
	}
	close(stop)
	total := 0
	for g := 0; g < 4; g++ {
		total += <-sums
	}
	fmt.Println("total:", total)
}
