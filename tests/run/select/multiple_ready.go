// run

package main

import "fmt"

// When several cases are ready select picks one pseudo-randomly; print only
// facts that do not depend on the choice.

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	counts := map[string]int{}
	const rounds = 3000
	for i := 0; i < rounds; i++ {
		a <- 1
		b <- 1
		c <- 1
		select {
		case <-a:
			counts["a"]++
			<-b
			<-c
		case <-b:
			counts["b"]++
			<-a
			<-c
		case <-c:
			counts["c"]++
			<-a
			<-b
		}
	}
	fmt.Println("total:", counts["a"]+counts["b"]+counts["c"])
	// With a uniform choice each case wins ~1000 times; all three win at least once.
	fmt.Println("every case chosen:", counts["a"] > 0 && counts["b"] > 0 && counts["c"] > 0)
	fmt.Println("none dominates:", counts["a"] < rounds/2 && counts["b"] < rounds/2 && counts["c"] < rounds/2)

	// A send and a receive both ready.
	in := make(chan int, 1)
	out := make(chan int, 1)
	sends, recvs := 0, 0
	for i := 0; i < 1000; i++ {
		in <- i
		select {
		case out <- i:
			sends++
			<-out
			<-in
		case <-in:
			recvs++
		}
	}
	fmt.Println("sends+recvs:", sends+recvs, "both happen:", sends > 0 && recvs > 0)

	// The same channel in two cases.
	d := make(chan int, 1)
	first, second := 0, 0
	for i := 0; i < 1000; i++ {
		d <- i
		select {
		case <-d:
			first++
		case <-d:
			second++
		}
	}
	fmt.Println("same channel twice:", first+second, first > 0 && second > 0)
}
