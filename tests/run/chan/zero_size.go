// run

package main

import "fmt"

// Channels of zero-size elements: chan struct{} as a signal, buffered ones
// as counting semaphores, and other empty types.

type empty struct{}

func main() {
	done := make(chan struct{})
	go func() {
		fmt.Println("worker runs")
		done <- struct{}{}
	}()
	<-done
	fmt.Println("signalled")

	// Buffered zero-size channel: len/cap still count.
	sem := make(chan struct{}, 1000)
	for i := 0; i < 1000; i++ {
		sem <- struct{}{}
	}
	fmt.Println(len(sem), cap(sem))
	for i := 0; i < 600; i++ {
		<-sem
	}
	fmt.Println(len(sem), cap(sem))

	// Broadcast by closing.
	start := make(chan struct{})
	ready := make(chan empty, 5)
	for i := 0; i < 5; i++ {
		go func() {
			<-start
			ready <- empty{}
		}()
	}
	close(start)
	for i := 0; i < 5; i++ {
		<-ready
	}
	fmt.Println("all five started")

	z := make(chan [0]int, 2)
	z <- [0]int{}
	v, ok := <-z
	fmt.Println(v, ok, len(v))

	e := make(chan empty, 1)
	e <- empty{}
	close(e)
	x, ok1 := <-e
	y, ok2 := <-e
	fmt.Println(x == y, ok1, ok2)

	// A struct of zero-size fields.
	type nothing struct {
		a struct{}
		b [0]string
	}
	nc := make(chan nothing)
	go func() { nc <- nothing{} }()
	fmt.Printf("%+v\n", <-nc)
}
