// run

package main

import (
	"errors"
	"fmt"
)

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func incTwice() (r int) {
	defer func() { r++ }()
	defer func() { r += 10 }()
	r = 1
	return
}

func seesResult() (r int) {
	defer func() { fmt.Println("deferred sees r =", r) }()
	r = 5
	return r + 1
}

func multi() (a int, s string, err error) {
	defer func() {
		if err != nil {
			a, s = -1, "failed: "+s
		}
	}()
	return 3, "x", errors.New("oops")
}

func unnamed() int {
	x := 1
	defer func() { x = 100 }()
	return x
}

func viaPointer() (r int) {
	p := &r
	defer func() { *p = 77 }()
	return 1
}

type result struct{ n int }

func structResult() (res result) {
	defer func() { res.n += 1000 }()
	return result{n: 1}
}

func sliceResult() (s []int) {
	defer func() { s = append(s, 99) }()
	return []int{1, 2}
}

func deferArg() (r int) {
	defer func(v int) { fmt.Println("arg captured at defer:", v, "result now:", r); r = v }(r)
	r = 50
	return 60
}

func wrapErr(f func() error) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return f()
}

func main() {
	fmt.Println(double())
	fmt.Println(incTwice())
	fmt.Println(seesResult())
	fmt.Println(multi())
	fmt.Println(unnamed())
	fmt.Println(viaPointer())
	fmt.Println(structResult())
	fmt.Println(sliceResult())
	fmt.Println(deferArg())
	err := wrapErr(func() error { return errors.New("base") })
	fmt.Println(err, errors.Unwrap(err))
	fmt.Println(wrapErr(func() error { return nil }))
}
