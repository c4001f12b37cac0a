// errorcheck

package main

func producer(ch <-chan int) {
	ch <- 1 // ERROR "invalid operation: cannot send to receive-only channel ch \(variable of type <-chan int\)"
}

func main() {
	producer(make(chan int))
}
