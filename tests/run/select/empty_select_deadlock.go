// run

package main

import "fmt"

// select {} in main with no other goroutines: deadlock, exit status 2.

func main() {
	fmt.Println("about to block forever")
	select {}
}
