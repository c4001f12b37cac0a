// run

package main

import "fmt"

// Each of the three defer strategies, with the same observable behaviour:
// open-coded (few defers, none in a loop), frame-allocated (more than 8, or
// a function with labels), heap (a defer in a loop). The stack grows while
// frame records are pending (deep recursion after the defers).

func deep(n int) int {
	if n == 0 {
		return 0
	}
	return deep(n-1) + 1
}

func open(x int) (r int) {
	defer func() { r += x }()
	defer fmt.Println("open", x)
	return deep(50000)
}

func frame(tag string) (r int) {
	defer fmt.Println(tag, 1)
	defer fmt.Println(tag, 2)
	defer fmt.Println(tag, 3)
	defer fmt.Println(tag, 4)
	defer fmt.Println(tag, 5)
	defer fmt.Println(tag, 6)
	defer fmt.Println(tag, 7)
	defer fmt.Println(tag, 8)
	defer func(s string, n int) { r = n + len(s) }(tag, 100)
	return deep(100000)
}

func labels(n int) (out []int) {
	defer func() { out = append(out, -1) }()
	i := 0
again:
	out = append(out, i)
	i++
	if i < n {
		goto again
	}
	return
}

func heap(n int) (sum int) {
	for i := 0; i < n; i++ {
		defer func(v int) { sum += v }(i)
	}
	deep(100000)
	return 0
}

func recovers() (msg string) {
	defer func() {
		msg = fmt.Sprint("recovered ", recover())
	}()
	defer fmt.Println("frame-allocated sibling runs first")
	for i := 0; i < 1; i++ {
		defer fmt.Println("heap one runs before it")
	}
	var m map[string]int
	m["x"] = 1
	return "not reached"
}

func main() {
	fmt.Println(open(7))
	fmt.Println(frame("f"))
	fmt.Println(labels(3))
	fmt.Println(heap(10))
	fmt.Println(recovers())
}
