// run

package main

import "fmt"

func main() {
	// Go 1.19: a for-loop variable is shared by all iterations
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// per-iteration copy
	fs = nil
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// range variables are shared too
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	// pass as argument to capture value
	var hs []func() string
	for idx, s := range []string{"x", "y", "z"} {
		hs = append(hs, func(i int, v string) func() string {
			return func() string { return fmt.Sprint(i, v) }
		}(idx, s))
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
	// closures modifying the loop variable affect the loop
	count := 0
	for i := 0; i < 10; i++ {
		skip := func() { i++ }
		if i%3 == 0 {
			skip()
		}
		count++
	}
	fmt.Println("iterations:", count)
	// variable declared in loop body is fresh each time
	var ks []func() int
	for i := 0; i < 4; i++ {
		sq := i * i
		ks = append(ks, func() int { sq++; return sq })
	}
	fmt.Println(ks[0](), ks[0](), ks[1](), ks[3](), ks[3]())
	// after the loop the shared variable holds the final value
	var last func() int
	j := 100
	for j = 0; j < 5; j++ {
		last = func() int { return j }
	}
	fmt.Println(last(), j)
	j = 42
	fmt.Println(last())
	// closures created in a nested loop capture both loop variables
	var grid []func() string
	for r := 0; r < 2; r++ {
		for c := 0; c < 2; c++ {
			r, c := r, c
			grid = append(grid, func() string { return fmt.Sprintf("(%d,%d)", r, c) })
		}
	}
	for _, g := range grid {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var shared []func() string
	for r := 0; r < 2; r++ {
		for c := 0; c < 2; c++ {
			shared = append(shared, func() string { return fmt.Sprintf("(%d,%d)", r, c) })
		}
	}
	for _, g := range shared {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	// a closure that increments the shared variable changes what all of them see
	var incs []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() int { i += 100; return i })
	}
	fmt.Println(incs[0](), incs[1](), incs[2]())
	// a goto-built loop has a single variable too
	var gotoFns []func() int
	k := 0
loop:
	if k < 3 {
		gotoFns = append(gotoFns, func() int { return k })
		k++
		goto loop
	}
	fmt.Println(gotoFns[0](), gotoFns[1](), gotoFns[2]())
}
