// run

package main

import "fmt"

// Every goroutine blocked at once: main on a receive, two workers waiting
// on each other. The trace lists all of them; goroutine 1 comes first.

func main() {
	a := make(chan int)
	b := make(chan int)
	go func() {
		<-a
		b <- 1
	}()
	go func() {
		<-b
		a <- 1
	}()
	fmt.Println("main waits")
	<-make(chan int)
}
