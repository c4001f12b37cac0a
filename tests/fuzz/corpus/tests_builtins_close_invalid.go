// errorcheck

package main

type C chan int

func main() {
	var i int
	var rc <-chan int
	var sc chan<- int
	var c C
	var m map[int]int
	close(i)     // ERROR "invalid operation: cannot close non-channel i \(variable of type int\)"
	close(rc)    // ERROR "invalid operation: cannot close receive-only channel rc \(variable of type <-chan int\)"
	close(m)     // ERROR "invalid operation: cannot close non-channel m \(variable of type map\[int\]int\)"
	close(nil)   // ERROR "invalid operation: cannot close non-channel nil"
	close()      // ERROR "invalid operation: not enough arguments for close\(\) \(expected 1, found 0\)"
	close(c, c)  // ERROR "invalid operation: too many arguments for close\(c, c\) \(expected 1, found 2\)"
	close(sc)
	close(c)
	_ = close(c) // ERROR "close\(c\) \(no value\) used as value"
}
