// run

// Attacks: frame slots reused by every iteration of a loop. Pointers that
// outlive an iteration (kept in a variable declared outside the loop, in
// the caller's slice, in closures appended to the caller's slice) need a
// new object per iteration; go 1.19's per-loop range and for variables
// are one object for the whole loop, in the frame or not.
package main

import "fmt"

type cell struct{ v, w int }

// clobber's frame allocation reuses the memory released frames had.
func clobber(n int) (s int) {
	var a [64]int
	p := &a
	for i := range p {
		p[i] = n*1000 + i
		s += p[i]
	}
	return
}

func perLoop() int {
	var ps [3]*int
	k := 0
	for _, v := range []int{1, 2, 3} {
		ps[k] = &v // one v for the whole loop
		k++
	}
	var qs [3]*int
	for i := 0; i < 3; i++ {
		qs[i] = &i
	}
	return *ps[0]*100 + *ps[1]*10 + *ps[2] + *qs[0]*1000
}

func perIteration() int {
	var keep [4]*cell
	var last *cell
	for i := 0; i < 4; i++ {
		c := cell{i, i * i}
		n := new(cell)
		*n = cell{-i, 0}
		if i%2 == 0 {
			keep[i] = &c
		} else {
			keep[i] = n
		}
		last = &cell{i, 100}
	}
	s := last.w
	for _, c := range keep {
		s = s*10 + c.v + c.w
	}
	return s
}

func intoCaller(fs *[]func() int, ps *[]*cell, n int) {
	for i := 0; i < n; i++ {
		x := i * 3
		c := cell{i, x}
		*fs = append(*fs, func() int { return x + c.w })
		*ps = append(*ps, &c)
	}
}

func main() {
	var fs []func() int
	var ps []*cell
	intoCaller(&fs, &ps, 4)
	a, b := perLoop(), perIteration()
	clobber(6)
	fmt.Println(a, b)
	for i, f := range fs {
		fmt.Print(f(), *ps[i], " ")
	}
	fmt.Println()
}
