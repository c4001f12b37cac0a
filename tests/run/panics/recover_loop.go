// run

package main

import "fmt"

// Many panic/recover round trips, and recovery inside a loop body through
// a closure.

func check(i int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("item %d: %v", i, r)
		}
	}()
	if i%3 == 0 {
		panic("multiple of three")
	}
	if i%5 == 0 {
		var a []int
		_ = a[i]
	}
	return nil
}

func main() {
	failures := 0
	for i := 1; i <= 20000; i++ {
		if err := check(i); err != nil {
			failures++
			if i <= 10 {
				fmt.Println(err)
			}
		}
	}
	fmt.Println("failures:", failures)
}
