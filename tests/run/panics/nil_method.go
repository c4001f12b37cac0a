// run

package main

import "fmt"

type counter struct{ n int }

func (c *counter) safeGet() int {
	if c == nil {
		return -1
	}
	return c.n
}

func (c *counter) inc() { c.n++ }

func main() {
	var c *counter
	fmt.Println("safeGet on nil:", c.safeGet())
	c.inc()
	fmt.Println("unreachable")
}
