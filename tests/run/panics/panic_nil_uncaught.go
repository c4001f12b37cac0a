// run

package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs")
	fmt.Println("panicking with nil")
	panic(nil)
}
