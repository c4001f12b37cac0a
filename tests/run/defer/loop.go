// run

package main

import "fmt"

func loopArgs() {
	for i := 0; i < 4; i++ {
		defer fmt.Println("arg", i)
	}
	fmt.Println("loopArgs body")
}

func loopClosures() {
	// Go 1.19: one i for the whole loop, so every closure sees its final value
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("closure sees", i) }()
	}
}

func loopCopies() {
	for i := 0; i < 3; i++ {
		i := i
		defer func() { fmt.Println("copy", i) }()
	}
}

func rangeDefers() {
	words := []string{"a", "b", "c"}
	for idx, w := range words {
		defer func(n int, s string) { fmt.Println("range", n, s) }(idx, w)
	}
}

func conditional(n int) {
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			defer fmt.Println("even", i)
		} else {
			continue
		}
	}
	fmt.Println("conditional body")
}

func many(n int) (total int) {
	for i := 1; i <= n; i++ {
		defer func(v int) { total += v }(i)
	}
	return 0
}

func order(n int) (s []int) {
	for i := 0; i < n; i++ {
		defer func(v int) { s = append(s, v) }(i)
	}
	return nil
}

func loopBreak() {
	for i := 0; ; i++ {
		defer fmt.Println("before break", i)
		if i == 2 {
			break
		}
	}
	fmt.Println("after loop")
}

func nestedLoops() {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			defer fmt.Println("nested", i, j)
		}
	}
}

func repeated(calls int) int {
	count := 0
	for k := 0; k < calls; k++ {
		func() {
			defer func() { count++ }()
		}()
	}
	return count
}

func main() {
	loopArgs()
	loopClosures()
	loopCopies()
	rangeDefers()
	conditional(5)
	fmt.Println("many:", many(10000))
	fmt.Println("order:", order(6))
	loopBreak()
	nestedLoops()
	fmt.Println("repeated:", repeated(50000))
}
