// run

package main

import (
	"fmt"
	"sync"
)

// cond.Wait with nobody left to Signal: deadlock. Go 1.19 reports the wait
// reason [sync.Cond.Wait].

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	mu.Lock()
	fmt.Println("waiting for a signal that never comes")
	c.Wait()
}
