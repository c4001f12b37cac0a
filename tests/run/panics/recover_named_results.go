// run

package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = -1
	q = a / b
	return q, nil
}

func partial() (n int, s string) {
	defer func() { recover() }()
	n = 7
	s = "set before panic"
	panic("stop")
}

func unnamed() (int, string) {
	defer func() { recover() }()
	x := 5
	_ = x
	panic("zero values")
}

func setsResult() (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = e.(int) * 2
		}
	}()
	r = 1
	panic(21)
}

func mustPositive(n int) int {
	if n <= 0 {
		panic(errors.New("not positive"))
	}
	return n
}

func sum(xs []int) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	for _, x := range xs {
		total += mustPositive(x)
	}
	return total, nil
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(partial())
	fmt.Println(unnamed())
	fmt.Println(setsResult())
	fmt.Println(sum([]int{1, 2, 3}))
	fmt.Println(sum([]int{1, 2, -3, 4}))
	fmt.Println("main continues")
}
