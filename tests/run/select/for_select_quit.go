// run

package main

import (
	"fmt"
	"runtime"
)

// The for-select loop with a quit channel: a worker processes input until
// told to stop, then reports back.

func worker(in <-chan int, quit <-chan struct{}, report chan<- int) {
	total := 0
	for {
		select {
		case v := <-in:
			total += v
		case <-quit:
			report <- total
			return
		}
	}
}

func fibonacci(c chan<- int, quit <-chan int) {
	x, y := 0, 1
	for {
		select {
		case c <- x:
			x, y = y, x+y
		case <-quit:
			fmt.Println("fibonacci: quit")
			return
		}
	}
}

func main() {
	in := make(chan int)
	quit := make(chan struct{})
	report := make(chan int)
	go worker(in, quit, report)
	for i := 1; i <= 100; i++ {
		in <- i // unbuffered: each value is taken before the next send
	}
	close(quit)
	fmt.Println("worker total:", <-report)

	// The Tour of Go example.
	c := make(chan int)
	q := make(chan int)
	done := make(chan bool)
	go func() {
		for i := 0; i < 10; i++ {
			fmt.Print(<-c, " ")
		}
		fmt.Println()
		q <- 0
	}()
	go func() {
		fibonacci(c, q)
		done <- true
	}()
	<-done

	// Several workers stopped by a single close.
	stop := make(chan struct{})
	stopped := make(chan int)
	for id := 0; id < 5; id++ {
		go func(id int) {
			ticks := 0
			for {
				select {
				case <-stop:
					stopped <- id
					return
				default:
					ticks++
					runtime.Gosched()
				}
			}
		}(id)
	}
	close(stop)
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-stopped
	}
	fmt.Println("stopped ids sum:", sum)
}
