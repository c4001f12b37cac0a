// run

// Panics unwind frames that hold frame-region blocks; recovery must give
// them back and leave the recovering frame's own allocations intact.
package main

import (
	"errors"
	"fmt"
)

type big struct {
	buf [64]int
	n   int
}

func deep(n int) int {
	var b big
	p := &b
	p.n = n
	p.buf[n%64] = n
	if n == 0 {
		panic(errors.New("bottom"))
	}
	return deep(n-1) + p.buf[n%64]
}

func try(n int) (res int, err error) {
	var mine big
	mp := &mine
	mp.n = 42
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
			res = mp.n // still this frame's
		}
	}()
	return deep(n), nil
}

func nested(n int) string {
	s := []string{"a", "b"}
	defer func() {
		recover()
	}()
	func() {
		t := []int{1, 2, 3}
		_ = t
		panic(fmt.Sprint("inner", len(s)))
	}()
	return "unreached"
}

func main() {
	total := 0
	for i := 0; i < 2000; i++ {
		r, err := try(i % 50)
		if err == nil || r != 42 {
			fmt.Println("bad", r, err)
			return
		}
		total += r
	}
	fmt.Println(total)
	for i := 0; i < 1000; i++ {
		nested(i)
	}
	fmt.Printf("%q\n", nested(1))
	r, err := try(3)
	fmt.Println(r, err)
}
