// run

package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func join(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func count(prefix string, xs ...interface{}) string {
	return fmt.Sprintf("%s%d:%v", prefix, len(xs), xs)
}

func isNil(xs ...int) bool { return xs == nil }

func appendAll(dst []int, srcs ...[]int) []int {
	for _, s := range srcs {
		dst = append(dst, s...)
	}
	return dst
}

func apply(f func(...int) int, xs ...int) int { return f(xs...) }

func max(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3), sum([]int{4, 5, 6}...))
	nums := []int{10, 20, 30}
	fmt.Println(sum(nums...), sum(nums[1:]...))
	fmt.Println(join(", ", "a", "b", "c"), join("-"), join("/", []string{"usr", "local"}...))
	fmt.Println(count("n"), count("n", 1, "two", 3.0), count("n", nil), count("n", []interface{}{1, 2}...))
	fmt.Println(count("n", []interface{}{1, 2}))
	fmt.Println(isNil(), isNil([]int{}...), isNil(nil...), isNil(1))
	fmt.Println(appendAll(nil, []int{1}, []int{2, 3}, nil, []int{4}))
	fmt.Println(apply(sum, 1, 2, 3, 4), apply(func(x ...int) int { return len(x) }))
	fmt.Println(max(3), max(3, 9, 2), max(-1, -5, -3))
	// variadic of a named func type
	type op func(int) int
	chain := func(x int, ops ...op) int {
		for _, o := range ops {
			x = o(x)
		}
		return x
	}
	double := func(x int) int { return x * 2 }
	inc := func(x int) int { return x + 1 }
	fmt.Println(chain(5), chain(5, double), chain(5, double, inc, double), chain(5, inc, inc, inc))
	// fmt.Println itself is variadic
	args := []interface{}{"x", 1, true, nil, 2.5}
	fmt.Println(args...)
	fmt.Print(args...)
	fmt.Println()
	s := fmt.Sprint("a", "b", 1, 2, "c", 3.5, 'x')
	fmt.Println(s)
	fmt.Println(fmt.Sprintln("end", 1) == "end 1\n")
}
