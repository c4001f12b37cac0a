// run

package main

import "fmt"

// Directional channel types: a bidirectional channel converts implicitly to
// send-only or receive-only, as function parameters, results and variables.

func producer(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i * i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- int) {
	s := 0
	for v := range in {
		s += v
	}
	done <- s
}

func makeReader() (<-chan string, chan<- string) {
	c := make(chan string, 1)
	return c, c
}

type pipe struct {
	in  chan<- int
	out <-chan int
}

func main() {
	c := make(chan int)
	done := make(chan int)
	go producer(c, 10)
	go consumer(c, done)
	fmt.Println("sum:", <-done)

	r, w := makeReader()
	w <- "through two views"
	fmt.Println(<-r)

	b := make(chan int, 2)
	p := pipe{in: b, out: b}
	p.in <- 5
	p.in <- 6
	fmt.Println(<-p.out, <-p.out)

	var so chan<- int = b
	var ro <-chan int = b
	fmt.Printf("%T %T %T\n", b, so, ro)
	fmt.Printf("%T %T\n", make(chan<- string), make(<-chan []int))
	fmt.Printf("%T\n", make(chan (<-chan int)))
	fmt.Printf("%T\n", make(chan<- chan int))
	fmt.Printf("%T\n", make(chan<- <-chan int))

	// Comparison across directions: same channel, equal.
	fmt.Println(so == b, ro == b)

	// A conversion to a directional type.
	ro2 := (<-chan int)(b)
	b <- 8
	fmt.Println(<-ro2)
}
