// run

package main

import "fmt"

// Sending on an unbuffered channel with no receiver, or on a full buffered
// one, blocks forever.

func main() {
	c := make(chan int, 2)
	c <- 1
	c <- 2
	fmt.Println("buffer full:", len(c), cap(c))
	c <- 3
	fmt.Println("not printed")
}
