// errorcheck

package main

func drain(ch chan<- int) {
	for v := range ch { // ERROR "cannot range over ch \(variable of type chan<- int\) \(receive from send-only channel\)"
		_ = v
	}
}

func main() {
	drain(make(chan int))
}
