// run

package main

import (
	"fmt"
	"sync"
)

// wg.Wait with a counter that never reaches zero (one Done is missing).
// Go 1.19 reports the wait as [semacquire].

func main() {
	var wg sync.WaitGroup
	wg.Add(3)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
		}()
	}
	fmt.Println("waiting")
	wg.Wait()
	fmt.Println("not printed")
}
