// errorcheck

package main

func main() {
	c := make(chan int, 1)
	c <- 1
	select {
	case v := <-c:
		if v > 0 {
			break
		}
		continue // ERROR "continue is not in a loop"
	}
}
