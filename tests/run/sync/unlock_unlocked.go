// run

package main

import (
	"fmt"
	"sync"
)

// Unlocking an unlocked Mutex is a fatal error, not a recoverable panic:
// the deferred recover does not help. Exit status 2.

func main() {
	defer func() {
		fmt.Println("not printed: recover never sees a fatal error", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}
