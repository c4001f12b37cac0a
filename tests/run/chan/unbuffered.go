// run

package main

import "fmt"

// An unbuffered channel is a rendezvous: a send completes only when a
// receiver takes the value, so two goroutines can strictly alternate.

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	for i := 1; i <= 5; i++ {
		ping <- i
		fmt.Println("sent", i, "got", <-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong closed:", !ok)

	// The sender is released only after the receive: values written by
	// the receiver before receiving are visible after the send returns.
	c := make(chan int)
	shared := 0
	go func() {
		shared = 42
		<-c
	}()
	c <- 0
	fmt.Println("shared:", shared)

	// len and cap of an unbuffered channel are always 0.
	fmt.Println(len(c), cap(c))
}
