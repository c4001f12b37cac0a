// errorcheck

package main

func main() {
	c := make(chan int, 1)
	c <- 1
	goto got // ERROR "goto got jumps into block starting at .*LINE+2:2"
	select {
	case v := <-c:
	got:
		println(v)
	}
}
