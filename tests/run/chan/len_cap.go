// run

package main

import "fmt"

// len and cap of channels: buffered, unbuffered, nil, closed.

func main() {
	var nilc chan int
	fmt.Println("nil:", len(nilc), cap(nilc))

	u := make(chan int)
	fmt.Println("unbuffered:", len(u), cap(u))

	b := make(chan int, 5)
	fmt.Println("empty:", len(b), cap(b))
	b <- 1
	b <- 2
	b <- 3
	fmt.Println("three in:", len(b), cap(b))
	<-b
	fmt.Println("one out:", len(b), cap(b))
	close(b)
	fmt.Println("closed:", len(b), cap(b))
	<-b
	<-b
	<-b
	fmt.Println("drained:", len(b), cap(b))

	// The capacity may be any integer type, constant or not.
	var n int64 = 7
	c1 := make(chan bool, n)
	c2 := make(chan bool, uint8(3))
	const k = 2
	c3 := make(chan bool, k*k)
	fmt.Println(cap(c1), cap(c2), cap(c3))

	// Directional views share len and cap.
	var r <-chan int = c4()
	fmt.Println("recv-only view:", len(r), cap(r))
}

func c4() chan int {
	c := make(chan int, 4)
	c <- 9
	return c
}
