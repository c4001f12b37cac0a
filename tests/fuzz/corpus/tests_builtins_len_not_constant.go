// errorcheck

package main

import "unsafe"

func f() [3]int { return [3]int{} }

var (
	a   [4]int
	p   *[5]int
	ch  chan [2]int
	s   []int
	str string
)

const (
	c1 = len(a)
	c2 = cap(p)
	c3 = len("abc")
	c4 = len([len(a)]int{})
	c5 = len([2]int{len(a), 1})
	c6 = len(f())                       // ERROR "len\(f\(\)\) \(value of type int\) is not constant"
	c7 = len([2]int{f()[0], 1})         // ERROR "is not constant"
	c8 = cap(<-ch)                      // ERROR "cap\(<-ch\) \(value of type int\) is not constant"
	c9 = len(str)                       // ERROR "len\(str\) \(value of type int\) is not constant"
	c10 = len([2]int{len(s), 1})        // ERROR "is not constant"
	c11 = len([unsafe.Sizeof(f())]int{}) // ERROR "is not constant"
	c12 = len(s)                        // ERROR "len\(s\) \(value of type int\) is not constant"
	c13 = len([1]func(){func() { f() }})
)

var _ [c1 + c2 + c3 + c4 + c5 + c13]int
