// run

// Attacks: panics carrying pointers to locals (panic(&x), panic of a struct
// holding &x, an error wrapping &x), recovered in a caller or further up and
// dereferenced after the panicking frames were unwound and their region
// released; re-panics inside deferred calls; recover in nested defers.
package main

import (
	"errors"
	"fmt"
)

type boxErr struct{ p *[4]int }

func (b boxErr) Error() string { return fmt.Sprint("box", *b.p) }

func sum(p *[64]int) (s int) {
	for _, v := range p {
		s += v
	}
	return
}

func clobber(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*1000 + i
	}
	return sum(&a)
}

func panicPtr(n int) {
	x := n
	panic(&x)
}

func panicStruct(n int) {
	arr := [4]int{n, n + 1, n + 2, n + 3}
	panic(boxErr{&arr})
}

func panicWrapped(n int) {
	arr := [4]int{-n, 0, 0, n}
	err := fmt.Errorf("outer: %w", boxErr{&arr})
	panic(err)
}

func depth(k int, f func(int)) {
	var pad [16]int
	pad[k%16] = k
	if k == 0 {
		f(pad[0] + 5)
	}
	depth(k-1, f)
}

func catch(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

func repanic(n int) {
	defer func() {
		r := recover()
		y := *(r.(*int)) + 100
		panic(&y)
	}()
	panicPtr(n)
}

func main() {
	r1 := catch(func() { depth(6, panicPtr) })
	r2 := catch(func() { depth(3, panicStruct) })
	r3 := catch(func() { panicWrapped(9) })
	r4 := catch(func() { repanic(1) })
	clobber(1)
	fmt.Println(*(r1.(*int)), r2, *(r4.(*int)))
	var be boxErr
	fmt.Println(r3, errors.As(r3.(error), &be), be.p[3])
	clobber(2)
	fmt.Println(*(r1.(*int)), r2.(boxErr).p[2])
}
