// errorcheck

package main

func wait(c chan int) int {
loop:
	for {
		select {
		case v := <-c:
			if v < 0 {
				break loop
			}
		}
	}
} // ERROR "missing return"

func main() {
	println(wait)
}
