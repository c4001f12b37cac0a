// run

package main

import (
	"fmt"
	"os"
)

func check(n int) bool {
	return n%7 != 0
}

func main() {
	for i := 1; i < 20; i++ {
		if !check(i) {
			fmt.Println("failed at", i)
			println("exiting with status 3")
			os.Exit(3)
		}
		fmt.Println("ok", i)
	}
	fmt.Println("not reached")
}
