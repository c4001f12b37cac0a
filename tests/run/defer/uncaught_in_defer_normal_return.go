// run

package main

import "fmt"

// A deferred call panics while its function returns normally, and nothing
// recovers it.

func release(name string) {
	fmt.Println("releasing", name)
	if name == "b" {
		panic("release failed: " + name)
	}
}

func work() {
	defer release("a")
	defer release("b")
	fmt.Println("working")
}

func main() {
	work()
	fmt.Println("unreachable")
}
