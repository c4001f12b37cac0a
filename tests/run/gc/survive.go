// run

package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
)

// Live data of every shape survives collections while garbage is made
// between them: lists, maps, slices of strings, closures, interfaces,
// values parked in channels and in blocked goroutines.
type node struct {
	next *node
	val  int
	name string
}

func build(n int, tag string) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{next: h, val: i, name: fmt.Sprint(tag, i)}
	}
	return h
}

func sum(h *node) (int, string) {
	s := 0
	last := ""
	for ; h != nil; h = h.next {
		s += h.val
		last = h.name
	}
	return s, last
}

func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

type shape interface{ area() int }
type rect struct{ w, h int }

func (r *rect) area() int { return r.w * r.h }

func main() {
	keep := build(2000, "k")
	m := map[string][]int{}
	for i := 0; i < 300; i++ {
		m[strings.Repeat("x", i%7)+fmt.Sprint(i)] = []int{i, i * i}
	}
	words := []string{}
	for i := 0; i < 500; i++ {
		words = append(words, fmt.Sprintf("w%03d", i))
	}
	next := counter()
	var shapes []shape
	for i := 1; i <= 50; i++ {
		shapes = append(shapes, &rect{i, i + 1})
	}
	c := make(chan *node, 10)
	for i := 0; i < 10; i++ {
		c <- build(10, fmt.Sprint("c", i))
	}
	parked := make(chan int)
	done := make(chan string)
	go func() {
		mine := build(100, "g")
		<-parked
		s, last := sum(mine)
		done <- fmt.Sprint(s, " ", last)
	}()
	for round := 0; round < 30; round++ {
		_ = build(5000, "garbage")
		junk := make([][]byte, 100)
		for i := range junk {
			junk[i] = make([]byte, 1000)
		}
		next()
		runtime.GC()
	}
	s, last := sum(keep)
	fmt.Println("list:", s, last)
	keys := []string{}
	total := 0
	for k, v := range m {
		keys = append(keys, k)
		total += v[0] + v[1]
	}
	sort.Strings(keys)
	fmt.Println("map:", len(m), total, keys[0], keys[len(keys)-1])
	fmt.Println("words:", len(words), words[0], words[499])
	fmt.Println("closure:", next())
	a := 0
	for _, sh := range shapes {
		a += sh.area()
	}
	fmt.Println("shapes:", a)
	for i := 0; i < 10; i++ {
		s, last := sum(<-c)
		fmt.Print(s, last, " ")
	}
	fmt.Println()
	parked <- 1
	fmt.Println("goroutine:", <-done)
}
