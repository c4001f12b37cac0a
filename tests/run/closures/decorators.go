// run

package main

import (
	"fmt"
	"strings"
)

type Handler func(string) string

func logging(name string, h Handler, log *[]string) Handler {
	return func(s string) string {
		*log = append(*log, "enter "+name+"("+s+")")
		r := h(s)
		*log = append(*log, "exit "+name+" -> "+r)
		return r
	}
}

func curry(f func(int, int, int) int) func(int) func(int) func(int) int {
	return func(a int) func(int) func(int) int {
		return func(b int) func(int) int {
			return func(c int) int { return f(a, b, c) }
		}
	}
}

func partial(f func(string, string) string, first string) func(string) string {
	return func(second string) string { return f(first, second) }
}

func retry(n int, f func(int) bool) (int, bool) {
	for i := 1; i <= n; i++ {
		if f(i) {
			return i, true
		}
	}
	return n, false
}

func main() {
	var log []string
	upper := logging("upper", strings.ToUpper, &log)
	rev := logging("rev", func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	}, &log)
	both := logging("both", func(s string) string { return rev(upper(s)) }, &log)
	fmt.Println(both("abc"))
	for _, l := range log {
		fmt.Println(l)
	}
	vol := curry(func(a, b, c int) int { return a * b * c })
	fmt.Println(vol(2)(3)(4))
	base := vol(10)
	fmt.Println(base(1)(1), base(2)(5))
	greet := partial(func(g, n string) string { return g + ", " + n + "!" }, "Hello")
	fmt.Println(greet("world"), greet("gopher"))
	attempts := 0
	n, ok := retry(5, func(i int) bool { attempts++; return i*i > 10 })
	fmt.Println(n, ok, attempts)
	n, ok = retry(3, func(i int) bool { return false })
	fmt.Println(n, ok)
	// pipeline built from closures in a loop
	var stages []func(int) int
	for _, k := range []int{1, 2, 3} {
		k := k
		stages = append(stages, func(x int) int { return x*10 + k })
	}
	v := 0
	for _, s := range stages {
		v = s(v)
	}
	fmt.Println(v)
	// once-only initialisation through a closure
	initCount := 0
	var cached string
	get := func() string {
		if cached == "" {
			initCount++
			cached = strings.Repeat("*", 5)
		}
		return cached
	}
	fmt.Println(get(), get(), get(), initCount)
}
