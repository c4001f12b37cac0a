// run

package main

// Closing a channel twice, in a goroutine, unrecovered: exit status 2.

func main() {
	c := make(chan int)
	done := make(chan bool)
	close(c)
	go func() {
		close(c)
		done <- true
	}()
	<-done
}
