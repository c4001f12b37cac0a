package main

import "fmt"

// 100k goroutines parked on one channel: resident memory per parked goroutine.
func main() {
	const n = 100000
	c := make(chan int)
	done := make(chan int)
	for i := 0; i < n; i++ {
		go func() {
			v := <-c
			done <- v
		}()
	}
	sum := 0
	for i := 0; i < n; i++ {
		c <- i
		sum += <-done
	}
	fmt.Println(sum)
}
