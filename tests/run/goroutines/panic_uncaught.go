// run

package main

import (
	"fmt"
	"time"
)

// An unrecovered panic in a goroutine other than main kills the whole
// program after that goroutine's deferred calls ran; exit status 2.

func crash() {
	defer fmt.Println("deferred call in the panicking goroutine")
	panic("boom in goroutine")
}

func main() {
	fmt.Println("start")
	go crash()
	time.Sleep(5 * time.Second)
	fmt.Println("not printed")
}
