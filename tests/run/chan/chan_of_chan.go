// run

package main

import "fmt"

// Channels of channels: requests carry their own reply channel.

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * r.n
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 4; i++ {
		r := request{i, make(chan int)}
		reqs <- r
		fmt.Println(i, "->", <-r.reply)
	}
	close(reqs)

	// chan chan int directly.
	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	(<-cc) <- 5
	fmt.Println(<-inner)

	// Handing a channel to a goroutine through a channel.
	handoff := make(chan chan string)
	go func() {
		c := <-handoff
		c <- "via handed-off channel"
	}()
	mine := make(chan string)
	handoff <- mine
	fmt.Println(<-mine)

	// Concurrent clients of the same server, results summed.
	reqs2 := make(chan request)
	for w := 0; w < 3; w++ {
		go server(reqs2)
	}
	results := make(chan int)
	for i := 1; i <= 10; i++ {
		go func(i int) {
			r := request{i, make(chan int, 1)}
			reqs2 <- r
			results <- <-r.reply
		}(i)
	}
	total := 0
	for i := 0; i < 10; i++ {
		total += <-results
	}
	fmt.Println("sum of squares:", total)

	// chan of receive-only chan.
	var ro chan (<-chan int) = make(chan (<-chan int), 1)
	src := make(chan int, 1)
	src <- 77
	ro <- src
	fmt.Println(<-<-ro)
}
