// run

// Attacks: loops the analysis must see without a for statement: backward
// gotos (a looping label), labelled continue/break out of nested loops,
// for-loop post statements that allocate, select bodies inside loops;
// each execution of a site is a new object.
package main

import "fmt"

type node struct {
	v    int
	next *node
}

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

func viaGoto(n int) int {
	var head *node
	i := 0
again:
	x := node{v: i, next: head}
	head = &x
	i++
	if i < n {
		goto again
	}
	s := 0
	for p := head; p != nil; p = p.next {
		s = s*10 + p.v
	}
	return s
}

func viaGotoNew(n int) (ps []*int) {
	i := 0
top:
	p := new(int)
	*p = i * 7
	ps = append(ps, p)
	if i++; i < n {
		goto top
	}
	return
}

func viaPost(n int) int {
	var ptrs [3]*int
	i := 0
	for p := new(int); i < n; p = new(int) {
		*p = i + 1
		ptrs[i] = p
		i++
	}
	return *ptrs[0]*100 + *ptrs[1]*10 + *ptrs[2]
}

func viaSelect(n int) int {
	c := make(chan int, 1)
	var keep []*int
outer:
	for i := 0; ; i++ {
		select {
		case c <- i:
			v := <-c
			keep = append(keep, &v)
			if i == n {
				break outer
			}
			continue outer
		}
	}
	s := 0
	for _, p := range keep {
		s += *p
	}
	return s
}

func main() {
	a, b, c, e := viaGoto(5), viaGotoNew(4), viaPost(3), viaSelect(6)
	clobber(3)
	fmt.Println(a, *b[0], *b[1], *b[2], *b[3], c, e)
}
