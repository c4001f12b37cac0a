// run

package main

import "fmt"

// Closing a nil channel, unrecovered: exit status 2.

func main() {
	var c chan struct{}
	fmt.Println("closing", c)
	close(c)
}
