// run

package main

import (
	"fmt"
	"time"
)

// A send on a full buffered channel blocks until a receive makes room;
// generous sleeps make the observations deterministic.

func main() {
	c := make(chan int, 2)
	sentAll := make(chan bool)
	go func() {
		for i := 1; i <= 3; i++ {
			c <- i
		}
		sentAll <- true
	}()
	time.Sleep(50 * time.Millisecond)
	select {
	case <-sentAll:
		fmt.Println("sender finished: wrong")
	default:
		fmt.Println("sender blocked with", len(c), "of", cap(c))
	}
	fmt.Println("received", <-c)
	<-sentAll
	fmt.Println("sender finished; buffer has", len(c))
	fmt.Println(<-c, <-c)

	// A receiver blocked on an empty channel waits until a send.
	e := make(chan string)
	got := make(chan string)
	go func() { got <- <-e }()
	time.Sleep(20 * time.Millisecond)
	select {
	case v := <-got:
		fmt.Println("receiver finished early:", v)
	default:
		fmt.Println("receiver blocked")
	}
	e <- "finally"
	fmt.Println(<-got)

	// Several blocked senders are served in FIFO order of arrival.
	q := make(chan int)
	for i := 0; i < 3; i++ {
		go func(i int) { q <- i }(i)
		time.Sleep(10 * time.Millisecond)
	}
	fmt.Println(<-q, <-q, <-q)
}
