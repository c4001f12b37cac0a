// errorcheck

package main

func main() {
	x := 1
	switch {
	case x > 0:
	L1: // ERROR "missing statement after label"
	case x < 0:
	L2:
		;
	default:
	L3:
	}
	select {
	default:
	L4: // ERROR "missing statement after label"
	case <-make(chan int):
	}
	goto L1
}
