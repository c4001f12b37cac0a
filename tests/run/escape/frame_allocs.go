// run

// Allocations escape analysis keeps in the frame (golite's frame region):
// every kind of site, in loops, so that a slot reused by the next iteration
// must look freshly zeroed.
package main

import "fmt"

type T struct {
	a, b int
	p    *int
}

func sum(p *T) int { return p.a + p.b }

func (t *T) inc() { t.a++ }

type S struct{ x, y int }

func (s S) String() string { return fmt.Sprint("S(", s.x, ",", s.y, ")") }

func loop(n int) (int, string) {
	total := 0
	last := ""
	for i := 0; i < n; i++ {
		x := T{a: i}
		x.inc()
		total += sum(&x)
		if x.p != nil || x.b != 0 {
			panic("slot not zeroed")
		}
		q := &T{b: 2}
		total += q.b
		s := []int{i, i + 1, i + 2}
		total += s[0] + s[2]
		m := make([]int, 4)
		if m[1] != 0 {
			panic("make not zeroed")
		}
		m[1] = i
		total += m[1]
		np := new(int)
		*np += i
		total += *np
		f := func() int { return x.a + q.b }
		total += f()
		var k interface{} = S{i, 1}
		if st, ok := k.(fmt.Stringer); ok && i == n-1 {
			last = st.String()
		}
		arr := [4]int{}
		sl := arr[1:3]
		sl[0] = 7
		total += arr[1]
	}
	return total, last
}

func main() {
	t, s := loop(1000)
	fmt.Println(t, s)
	t, s = loop(3)
	fmt.Println(t, s)
}
