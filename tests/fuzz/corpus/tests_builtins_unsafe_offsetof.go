// errorcheck

package main

import "unsafe"

type S struct {
	a byte
	b int64
}

func (S) M() {}

type E struct {
	x int
	*S
}

type F struct {
	x int
	S
}

func main() {
	var i int
	var e E
	var f F
	var pf *F
	_ = unsafe.Offsetof(i)         // ERROR "invalid argument: i is not a selector expression"
	_ = unsafe.Offsetof(e.M)       // ERROR "invalid argument: e.M is a method value"
	_ = unsafe.Offsetof(e.b)       // ERROR "invalid argument: field b is embedded via a pointer in E"
	_ = unsafe.Offsetof(e.zz)      // ERROR "invalid argument: E has no single field zz"
	_ = unsafe.Offsetof(pf.zz)     // ERROR "invalid argument: F has no single field zz"
	_ = unsafe.Offsetof(f.S.M)     // ERROR "invalid argument: f.S.M is a method value"
	_ = unsafe.Offsetof(undef.x)   // ERROR "undefined: undef"
	_ = unsafe.Offsetof()          // ERROR "invalid operation: not enough arguments for unsafe.Offsetof\(\) \(expected 1, found 0\)"
	_ = unsafe.Offsetof(f.x, f.x)  // ERROR "invalid operation: too many arguments for unsafe.Offsetof\(f.x, f.x\) \(expected 1, found 2\)"
	var a [unsafe.Offsetof(f.b)]int
	var b [unsafe.Offsetof((pf.S.b))]int
	_, _ = a, b
}
