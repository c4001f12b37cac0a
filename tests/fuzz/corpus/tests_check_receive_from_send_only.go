// errorcheck

package main

func consumer(ch chan<- int) {
	x := <-ch // ERROR "invalid operation: cannot receive from send-only channel ch \(variable of type chan<- int\)"
	_ = x
}

func main() {
	consumer(make(chan int))
}
