// run

package main

import (
	"fmt"
	"runtime"
	"time"
)

// Sending on a closed channel, closing a closed channel and closing a nil
// channel panic with runtime errors; recover them and print the text.

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		err, isErr := r.(error)
		fmt.Printf("%s: %v (runtime.Error: %v)\n", name, r, isRuntime)
		if isErr {
			fmt.Printf("  Error(): %q\n", err.Error())
		}
	}()
	f()
}

func main() {
	try("send on closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("send on closed unbuffered", func() {
		c := make(chan string)
		close(c)
		c <- "x"
	})
	try("close of closed", func() {
		c := make(chan int)
		close(c)
		close(c)
	})
	var nilc chan bool
	try("close of nil", func() {
		close(nilc)
	})
	try("close receive-then-send", func() {
		c := make(chan int, 2)
		c <- 1
		close(c)
		fmt.Println("  still buffered:", <-c)
		c <- 2
	})
	try("send in select on closed", func() {
		c := make(chan int)
		close(c)
		select {
		case c <- 1:
		default:
			fmt.Println("  default not taken")
		}
	})

	// A sender blocked on a channel that gets closed panics too.
	c := make(chan int)
	res := make(chan string)
	go func() {
		defer func() { res <- fmt.Sprint("blocked sender: ", recover()) }()
		c <- 1
	}()
	time.Sleep(10 * time.Millisecond) // let the sender block (either way it panics)
	close(c)
	fmt.Println(<-res)
}
