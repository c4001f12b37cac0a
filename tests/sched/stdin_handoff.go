package main

import (
	"bufio"
	"fmt"
	"os"
	"time"
)

// While main blocks reading standard input, the goroutine keeps running
// even with GOMAXPROCS=1: the reading M's P is handed off.
func main() {
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			time.Sleep(20 * time.Millisecond)
			fmt.Println("tick", i)
		}
		done <- true
	}()
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		fmt.Println("read:", sc.Text())
	}
	<-done
}
