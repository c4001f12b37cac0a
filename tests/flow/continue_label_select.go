// errorcheck

package main

func main() {
	c := make(chan int, 1)
	for i := 0; i < 2; i++ {
		c <- i
	wait:
		select {
		case v := <-c:
			if v == 0 {
				continue wait // ERROR "invalid continue label wait"
			}
			break wait
		}
	}
}
