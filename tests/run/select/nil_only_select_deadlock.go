// run

package main

// A select with only nil channel cases blocks forever, like select {}.

func main() {
	var a chan int
	var b chan string
	select {
	case <-a:
	case b <- "never":
	}
}
