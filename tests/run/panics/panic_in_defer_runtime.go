// run

package main

import "fmt"

// A runtime error in a deferred call during a panic joins the chain.

func main() {
	var s []int
	i := 3
	defer func() {
		fmt.Println("deferred call indexes")
		fmt.Println(s[i])
	}()
	panic(fmt.Errorf("first error %d", 1))
}
