// run

package main

import "fmt"

var handlers [3]func(int) int

func main() {
	handlers[0] = func(x int) int { return x + 1 }
	handlers[1] = func(x int) int { return x * 2 }
	for i, h := range handlers {
		fmt.Println("handler", i)
		fmt.Println(h(10))
	}
}
