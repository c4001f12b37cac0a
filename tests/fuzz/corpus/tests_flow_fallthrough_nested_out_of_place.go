// errorcheck

package main

func main() {
	n := 1
	c := make(chan int)
	switch n {
	case 1:
		if n > 0 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 2:
		select {
		default:
			fallthrough // ERROR "fallthrough statement out of place"
		}
	case 3:
		for {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	default:
		close(c)
	}
}
