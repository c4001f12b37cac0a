// run

package main

import (
	"errors"
	"fmt"
)

// defer close(c): the channel is closed when the function returns, also on
// an early return or a recovered panic.

func produce(n int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for i := 0; i < n; i++ {
			if i == 3 {
				return // early return still closes
			}
			c <- i
		}
	}()
	return c
}

func fill(c chan<- int) {
	defer close(c)
	for i := 10; i < 13; i++ {
		c <- i
	}
}

func main() {
	for v := range produce(10) {
		fmt.Println("got", v)
	}

	buf := make(chan int, 5)
	fill(buf)
	for v := range buf {
		fmt.Println("filled", v)
	}

	// Deferred calls run in LIFO order: close runs before the recover
	// closure, so that closure's send panics; catch it in an outer defer.
	c := make(chan string, 10)
	res := make(chan string)
	go func() {
		defer func() { res <- fmt.Sprint("outer: ", recover()) }()
		defer func() {
			if r := recover(); r != nil {
				c <- fmt.Sprint("recovered: ", r)
			}
		}()
		defer close(c)
		c <- "one"
		panic(errors.New("producer failed"))
	}()
	fmt.Println(<-res)
	for v := range c {
		fmt.Println("c:", v)
	}
}
