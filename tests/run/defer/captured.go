// run

package main

import "fmt"

func counterState() (get func() int) {
	n := 0
	get = func() int { return n }
	defer func() { n += 5 }()
	n = 1
	return get
}

func shared() {
	total := 0
	add := func(v int) { total += v }
	defer func() { fmt.Println("total at end", total) }()
	defer add(100)
	for i := 1; i <= 3; i++ {
		defer add(i)
	}
	total = 1000
	fmt.Println("body total", total)
}

type state struct {
	log []string
	n   int
}

func structState(s *state) {
	defer func() { s.n *= 2; s.log = append(s.log, "doubled") }()
	defer func() { s.n += 3; s.log = append(s.log, "added") }()
	s.log = append(s.log, "body")
	s.n = 1
}

func mapState() map[string]int {
	m := map[string]int{}
	defer func() { m["deferred"] = len(m) }()
	m["a"] = 1
	m["b"] = 2
	return m
}

func observe() {
	x := "before"
	defer func() { fmt.Println("closure reads x at exit:", x) }()
	defer fmt.Println("argument read x at defer:", x)
	x = "after"
}

func main() {
	g := counterState()
	fmt.Println("captured after return:", g())
	shared()
	var s state
	structState(&s)
	fmt.Println(s.n, s.log)
	fmt.Println(mapState())
	observe()
}
