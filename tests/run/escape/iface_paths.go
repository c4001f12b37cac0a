// run

// Attacks: pointers to frame values carried out inside interface values:
// method calls on interfaces that stash the receiver, type assertions back
// to pointers, type switches binding pointers, errors wrapping locals.
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() int }

type rect struct{ w, h int }

func (r *rect) Area() int { return r.w * r.h }

type sq struct{ s int }

func (q sq) Area() int { return q.s * q.s }

var stash []Shape

type Stasher interface{ Keep() }

func (r *rect) Keep() { stash = append(stash, r) }
func (q sq) Keep()    { stash = append(stash, q) }

type myErr struct{ code *int }

func (e myErr) Error() string { return fmt.Sprint("code ", *e.code) }

func clobber(n int) (s int) {
	var big [100]int
	for i := range big {
		big[i] = n * i
		s += big[i]
	}
	return
}

func makeShapes(n int) []Shape {
	r := rect{n, n + 1}
	q := sq{n}
	var out []Shape
	out = append(out, &r, q)
	var k Stasher = &r
	k.Keep()
	k = q
	k.Keep()
	return out
}

func asAny(n int) any {
	v := [3]int{n, n * 2, n * 3}
	return &v
}

func typeSwitch(x any) *int {
	switch v := x.(type) {
	case *[3]int:
		return &v[1]
	case *int:
		return v
	}
	return nil
}

func wrapErr(n int) error {
	code := n
	base := myErr{&code}
	return fmt.Errorf("wrapped: %w", base)
}

func newErr(n int) (error, *int) {
	c := n + 1
	return errors.New(fmt.Sprint("n=", c)), &c
}

func main() {
	sh := makeShapes(3)
	p := typeSwitch(asAny(5))
	e := wrapErr(42)
	e2, cp := newErr(8)
	clobber(1)
	fmt.Println(sh[0].Area(), sh[1].Area(), stash[0].Area(), stash[1].Area(), *p)
	var me myErr
	fmt.Println(e, errors.As(e, &me), *me.code, e2, *cp)
	if r, ok := stash[0].(*rect); ok {
		r.w = 10
	}
	clobber(2)
	fmt.Println(sh[0].Area(), stash[0].Area())
}
