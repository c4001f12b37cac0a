// run

package main

import (
	"fmt"
	"sync"
)

// Locking a sync.Mutex twice in the same goroutine (it is not reentrant).
// Go 1.19 reports the wait as [semacquire].

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func (c *counter) incTwice() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.inc() // deadlock: mu is already held
}

func main() {
	var c counter
	c.inc()
	fmt.Println("n =", c.n)
	c.incTwice()
	fmt.Println("not printed")
}
