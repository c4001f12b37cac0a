// run

package main

import (
	"fmt"
	"strings"
)

type Stats struct {
	Count int
	Sum   float64
	Max   float64
}

func tracker() (func(float64), func() Stats) {
	var s Stats
	add := func(v float64) {
		s.Count++
		s.Sum += v
		if s.Count == 1 || v > s.Max {
			s.Max = v
		}
	}
	return add, func() Stats { return s }
}

func logger(prefix string) (func(string), func() string) {
	var lines []string
	return func(m string) { lines = append(lines, prefix+m) }, func() string { return strings.Join(lines, "\n") }
}

func withCount(f func(int) int) (func(int) int, *int) {
	n := 0
	return func(x int) int {
		n++
		return f(x)
	}, &n
}

func main() {
	add, snapshot := tracker()
	for _, v := range []float64{3, 1.5, 9, -2, 4} {
		add(v)
	}
	s := snapshot()
	fmt.Printf("%+v avg=%.2f\n", s, s.Sum/float64(s.Count))
	add(100)
	fmt.Printf("%+v old=%+v\n", snapshot(), s)
	log, dump := logger("[app] ")
	log("start")
	log("working")
	log("done")
	fmt.Println(dump())
	sq, calls := withCount(func(x int) int { return x * x })
	total := 0
	for i := 1; i <= 10; i++ {
		total += sq(i)
	}
	fmt.Println(total, *calls)
	*calls = 0
	sq(3)
	fmt.Println(*calls)
	// closures sharing a captured slice
	var items []string
	push := func(s string) { items = append(items, s) }
	pop := func() string {
		v := items[len(items)-1]
		items = items[:len(items)-1]
		return v
	}
	push("a")
	push("b")
	push("c")
	fmt.Println(pop(), pop(), items)
	// captured array is by reference (the variable), not copied
	arr := [3]int{1, 2, 3}
	bump := func() { arr[0] += 100 }
	bump()
	cp := arr
	bump()
	fmt.Println(arr, cp)
	// closure capturing a struct and its method value
	type acc struct{ total int }
	a := acc{}
	addTo := func(n int) { a.total += n }
	for i := 0; i < 5; i++ {
		addTo(i)
	}
	fmt.Println(a.total)
	// state machine with closures
	type stateFn func(rune) stateFn
	var inWord, inSpace stateFn
	words := 0
	inWord = func(r rune) stateFn {
		if r == ' ' {
			return inSpace
		}
		return inWord
	}
	inSpace = func(r rune) stateFn {
		if r != ' ' {
			words++
			return inWord
		}
		return inSpace
	}
	st := inSpace
	for _, r := range "  the  quick brown   fox " {
		st = st(r)
	}
	fmt.Println("words:", words)
}
