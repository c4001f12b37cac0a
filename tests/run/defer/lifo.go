// run

package main

import "fmt"

func step(s string) { fmt.Println("run", s) }

func three() {
	defer step("1st deferred")
	defer step("2nd deferred")
	defer step("3rd deferred")
	fmt.Println("three body")
}

func nested(depth int) {
	defer fmt.Println("leave", depth)
	if depth < 3 {
		nested(depth + 1)
	}
	fmt.Println("body", depth)
}

func inner() {
	defer step("inner A")
	defer func() {
		defer step("inside deferred closure: its own defer")
		step("inner B")
	}()
	step("inner body")
}

func outer() {
	defer step("outer A")
	inner()
	defer step("outer B")
	step("outer body")
}

func earlyReturn(n int) int {
	defer step(fmt.Sprint("early first for ", n))
	if n > 0 {
		defer step(fmt.Sprint("only when positive ", n))
		return n
	}
	defer step(fmt.Sprint("only when not positive ", n))
	return -n
}

func main() {
	three()
	nested(1)
	outer()
	fmt.Println(earlyReturn(2))
	fmt.Println(earlyReturn(-3))
	for i := 0; i < 2; i++ {
		func() {
			defer fmt.Println("iteration closure", i, "done")
			fmt.Println("iteration closure", i)
		}()
	}
}
