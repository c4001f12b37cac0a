// run

package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // typed nil when !fail
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q *Sq) Area() float64 {
	if q == nil {
		return -1
	}
	return q.s * q.s
}

func main() {
	var p *int = nil
	var i interface{} = p
	fmt.Println(i == p, p == nil, i == nil)
	print(i == p)
	print(p == nil)
	print(i == nil)
	println()
	var e interface{}
	fmt.Println(e == nil, e)
	e = (*int)(nil)
	fmt.Println(e == nil, e, e == (*int)(nil), e == (*string)(nil))
	err := mayFail(false)
	fmt.Println(err == nil, err)
	fmt.Printf("%T %v\n", err, err)
	err = correct(false)
	fmt.Println(err == nil, err)
	err = mayFail(true)
	fmt.Println(err == nil, err)
	var s Shape
	fmt.Println(s == nil)
	var sq *Sq
	s = sq
	fmt.Println(s == nil, s.Area())
	s = &Sq{3}
	fmt.Println(s.Area())
	var e1, e2 interface{}
	fmt.Println(e1 == e2)
	e1 = nil
	e2 = (*MyErr)(nil)
	fmt.Println(e1 == e2)
	var target *MyErr
	fmt.Println(errors.As(mayFail(true), &target), target.msg)
	// interface holding nil slice / nil func is not nil
	var ns []int
	var nf func()
	var ifs = []interface{}{ns, nil, (*Sq)(nil), error(nil)}
	for k, v := range ifs {
		fmt.Printf("%d %v %T\n", k, v == nil, v)
	}
	if nf == nil {
		fmt.Println("nil func")
	}
}
