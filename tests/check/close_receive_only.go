// errorcheck

package main

func done(ch <-chan bool) {
	close(ch) // ERROR "invalid operation: cannot close receive-only channel ch \(variable of type <-chan bool\)"
}

func main() {
	done(make(chan bool))
}
