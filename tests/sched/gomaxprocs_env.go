package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	fmt.Println("GOMAXPROCS", runtime.GOMAXPROCS(0))
	go func() {}()
	time.Sleep(1200 * time.Millisecond)
}
