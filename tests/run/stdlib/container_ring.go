// run

// container/ring: New, Next, Prev, Move, Link, Unlink, Len and Do.

package main

import (
	"container/ring"
	"fmt"
)

func show(r *ring.Ring) {
	fmt.Print(r.Len(), ":")
	r.Do(func(p any) { fmt.Print(" ", p) })
	fmt.Println()
}

func main() {
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	show(r)
	show(r.Move(2))
	show(r.Move(-1))
	show(r.Prev())

	s := ring.New(3)
	for i := 0; i < 3; i++ {
		s.Value = 10 * (i + 1)
		s = s.Next()
	}
	r.Link(s)
	show(r)
	removed := r.Unlink(3)
	show(r)
	show(removed)

	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z)
	fmt.Println(ring.New(0) == nil)
	var nilRing *ring.Ring
	fmt.Println(nilRing.Len())
	single := ring.New(1)
	single.Value = "one"
	show(single)
	fmt.Println(single.Unlink(1).Len(), single.Unlink(0) == nil)
}
