// errorcheck

package main

func main() {
	var ch chan int
	select {
	case <-ch:
	case ch <- 1, ch <- 2: // ERROR "syntax error: unexpected comma, expecting :"
	}
}
