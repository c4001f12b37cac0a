// run

// Attacks: panics raised and recovered inside deferred calls while frames
// with frame allocations are being unwound: a deferred call that panics
// again (replacing the panic), a nested deferred call that recovers and
// re-panics, recovery in a later deferred call of the same frame that then
// reads its own frame allocations, and runtime panics recovered in a loop
// of directly called closures.
package main

import "fmt"

func clobber(n int) (s int) {
	var a [64]int
	p := &a
	for i := range p {
		p[i] = n*1000 + i
		s += p[i]
	}
	return
}

func F() (r int, msg string) {
	x := [4]int{1, 2, 3, 4}
	p := &x
	defer func() {
		e := recover()
		r = p[0] + p[3] + clobber(1)%7
		msg = fmt.Sprint(e)
	}()
	defer func() {
		y := [2]int{5, 6}
		q := &y
		p[0] = q[1]
		panic(fmt.Sprint("second ", q[0]))
	}()
	defer func() {
		defer func() {
			z := [3]int{7, 8, 9}
			w := &z
			if e := recover(); e != nil {
				p[3] = w[2]
				panic(fmt.Sprint(e, "+inner"))
			}
		}()
		panic("first")
	}()
	panic("zero")
}

func G() (out []int) {
	for i := 0; i < 3; i++ {
		func() {
			a := [2]int{i, i * i}
			pa := &a
			defer func() {
				if recover() != nil {
					out = append(out, pa[0]+pa[1]+clobber(i)%3)
				}
			}()
			var m map[int]int
			if i != 1 {
				m[pa[0]] = 1 // nil map write panics
			}
			out = append(out, -1)
		}()
	}
	return
}

func main() {
	fmt.Println(F())
	fmt.Println(G())
}
