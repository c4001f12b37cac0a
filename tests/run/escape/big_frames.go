// run

// Attacks: frame allocations bigger than a region chunk (64 KB) and past
// go's implicit-allocation limit, in recursion, so blocks start new chunks
// and are released across chunk boundaries, including by a recovery that
// unwinds several big frames at once; pointers into big arrays returned.
package main

import "fmt"

const N = 10000 // 80 KB of int

type big [N]int

func fill(p *big, v int) {
	for i := range p {
		p[i] = v + i
	}
}

func check(p *big) int { return p[0] + p[N-1] + p[N/2] }

func rec(depth, v int) int {
	var a big // explicit variable: stays in the frame (go: < 10 MB)
	fill(&a, v)
	if depth == 0 {
		return check(&a)
	}
	r := rec(depth-1, v+1)
	return r + check(&a)
}

func implicit(v int) *int {
	p := new(big) // implicit allocation > 64 KB: go puts it in the heap
	fill(p, v)
	return &p[N-1]
}

func explicitEscape(v int) *int {
	var a big
	fill(&a, v)
	return &a[1]
}

func panicky(depth int) {
	var a big
	fill(&a, depth)
	if depth == 0 {
		panic(check(&a))
	}
	panicky(depth - 1)
}

func recovering(depth int) (r int) {
	var keep big
	fill(&keep, 1000)
	defer func() {
		r = recover().(int) + check(&keep)
	}()
	panicky(depth)
	return -1
}

func small(v int) int {
	x := [4]int{v, v, v, v}
	p := &x
	return p[0] + p[3]
}

func main() {
	fmt.Println(rec(5, 1))
	p := implicit(7)
	q := explicitEscape(9)
	fmt.Println(recovering(4), recovering(0))
	fmt.Println(small(3), rec(2, 5))
	fmt.Println(*p, *q)
	c := make(chan int)
	for g := 0; g < 3; g++ {
		go func(g int) { c <- rec(3, g) + recovering(g) }(g)
	}
	s := 0
	for g := 0; g < 3; g++ {
		s += <-c
	}
	fmt.Println(s, *p, *q)
}
