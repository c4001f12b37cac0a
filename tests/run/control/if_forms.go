// run

package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func lookup(xs []int, want int) (int, bool) {
	for i, x := range xs {
		if x == want {
			return i, true
		}
	}
	return -1, false
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	xs := []int{5, 8, 13}
	// if with an init statement; the variables are scoped to the whole chain
	for _, w := range []int{8, 9, 13} {
		if i, ok := lookup(xs, w); ok {
			fmt.Println("found", w, "at", i)
		} else if i < 0 {
			fmt.Println("missing", w, i)
		} else {
			fmt.Println("unreachable", i)
		}
	}
	// init statement shadowing an outer variable
	x := "outer"
	if x := 5; x > 3 {
		fmt.Println("inner x", x)
	}
	fmt.Println(x)
	// init with a plain assignment and a function call
	var count int
	if count = len(xs); count > 2 {
		fmt.Println("count", count)
	}
	if inc := func() int { count++; return count }; inc() > 3 {
		fmt.Println("after inc", count)
	}
	// short-circuit evaluation
	calls := 0
	t := func(v bool) bool { calls++; return v }
	if t(false) && t(true) {
		fmt.Println("no")
	}
	if t(true) || t(false) {
		fmt.Println("yes")
	}
	if !t(false) && (t(false) || t(true)) {
		fmt.Println("mixed")
	}
	fmt.Println("calls", calls)
	// nested ifs with early exits in a loop
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			if i == 4 {
				fmt.Println("four")
				continue
			}
			fmt.Println("even", i)
		} else {
			if i > 3 {
				break
			}
			fmt.Println("odd", i)
		}
	}
	// boolean variables and comparisons as conditions
	ok := 3 > 2 == true
	if ok != false {
		fmt.Println("ok")
	}
}
