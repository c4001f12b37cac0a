// Output written before the program waits (a sleep, a long computation)
// reaches a pipe then, as Go's unbuffered os.Stdout does; tests/sched/run.sh
// reads it with timestamps and ends the program with SIGTERM. With the
// argument "busy" it prints once and computes for ever, without any other
// goroutine: SIGTERM must still deliver the line.
package main

import (
	"fmt"
	"os"
	"time"
)

var sink int

func main() {
	if len(os.Args) > 1 && os.Args[1] == "busy" {
		fmt.Println("busy")
		for i := 0; ; i++ {
			sink += i
		}
	}
	fmt.Println("first")
	time.Sleep(400 * time.Millisecond)
	fmt.Println("second")
	go func() {}() // starts sysmon
	start := time.Now()
	for time.Since(start) < 400*time.Millisecond {
		for i := 0; i < 1000; i++ {
			sink += i
		}
	}
	fmt.Println("third")
	time.Sleep(5 * time.Second)
	fmt.Println("not printed when killed")
}
