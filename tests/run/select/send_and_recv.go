// run

package main

import "fmt"

// A select mixing send and receive cases: a bounded buffer goroutine that
// accepts input when it has room and offers output when it has data.

func buffer(in <-chan int, out chan<- int) {
	var q []int
	for in != nil || len(q) > 0 {
		var sendc chan<- int
		var first int
		if len(q) > 0 {
			sendc = out
			first = q[0]
		}
		var recvc <-chan int
		if len(q) < 5 {
			recvc = in
		}
		select {
		case v, ok := <-recvc:
			if !ok {
				in = nil
				continue
			}
			q = append(q, v)
		case sendc <- first:
			q = q[1:]
		}
	}
	close(out)
}

func main() {
	in := make(chan int)
	out := make(chan int)
	go buffer(in, out)
	go func() {
		for i := 0; i < 20; i++ {
			in <- i
		}
		close(in)
	}()
	for v := range out {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Send case chosen when only the receiver is ready.
	c := make(chan string)
	r := make(chan string)
	go func() { r <- "from goroutine: " + <-c }()
	select {
	case c <- "hello":
		fmt.Println("sent hello")
	case v := <-r:
		fmt.Println("unexpected receive", v)
	}
	fmt.Println(<-r)

	// The value of a send case is evaluated even if the case is not chosen.
	evals := 0
	val := func() int { evals++; return 1 }
	full := make(chan int) // no receiver: never ready
	ready := make(chan int, 1)
	ready <- 5
	select {
	case full <- val():
		fmt.Println("unexpected")
	case v := <-ready:
		fmt.Println("received", v, "evals", evals)
	}
}
