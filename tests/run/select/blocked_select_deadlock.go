// run

package main

import "fmt"

// A select whose cases can never proceed (and no default): deadlock. Go
// prints the wait reason [select].

func main() {
	a := make(chan int)
	b := make(chan string)
	var n chan bool
	fmt.Println("selecting")
	select {
	case <-a:
	case b <- "x":
	case <-n:
	}
}
