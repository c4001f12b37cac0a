// run

package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func info(xs ...int) string {
	return fmt.Sprintf("len=%d cap=%d nil=%v %v", len(xs), cap(xs), xs == nil, xs)
}

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func prefix(p string, parts ...string) string {
	out := p
	for _, s := range parts {
		out += "/" + s
	}
	return out
}

func appendAll(dst []int, more ...int) []int {
	return append(dst, more...)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...), sum(nums[1:]...), sum(nil...))
	fmt.Println(info())
	fmt.Println(info(1, 2))
	fmt.Println(info(nums...))
	fmt.Println(info(nums[:1]...))
	var none []int
	fmt.Println(info(none...))
	// s... passes the slice itself: the callee can modify the caller's elements
	zeroFirst(nums...)
	fmt.Println(nums)
	// individual arguments build a fresh slice
	a, b := 9, 8
	zeroFirst(a, b)
	fmt.Println(a, b)
	fmt.Println(prefix("root"), prefix("root", "a"), prefix("root", []string{"x", "y", "z"}...))
	// appending spreads
	base := make([]int, 2, 10)
	r := appendAll(base, 1, 2, 3)
	r2 := appendAll(base, 7)
	fmt.Println(r, r2) // share the backing array
	// variadic of interfaces with mixed types
	args := []interface{}{1, "two", 3.0, nil, []int{4}}
	fmt.Println(args...)
	fmt.Println(len(args), args)
	s := fmt.Sprint(args...)
	fmt.Println(s)
	// variadic function values
	var f func(...string) int = func(ss ...string) int { return len(ss) }
	fmt.Println(f(), f("a", "b"), f([]string{"x"}...))
	// recursion with variadic
	var maxOf func(first int, rest ...int) int
	maxOf = func(first int, rest ...int) int {
		if len(rest) == 0 {
			return first
		}
		m := maxOf(rest[0], rest[1:]...)
		if first > m {
			return first
		}
		return m
	}
	fmt.Println(maxOf(3), maxOf(3, 9, 2, 11, 4), maxOf(-1, -5))
}
