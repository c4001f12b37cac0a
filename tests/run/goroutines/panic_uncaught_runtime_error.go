// run

package main

import "fmt"

// A runtime error in a goroutine while main is blocked receiving.

func main() {
	c := make(chan int)
	go func() {
		defer fmt.Println("goroutine defer runs")
		s := []int{1, 2, 3}
		i := 5
		c <- s[i]
	}()
	fmt.Println(<-c)
}
