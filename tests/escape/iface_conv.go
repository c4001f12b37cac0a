// escape
package main

type small struct{ a, b int }
type withPtr struct{ p *int }

var gi interface{}

func convLocal() bool {
	x := 5
	var i interface{} = x
	s := small{1, 2}
	var j interface{} = s
	return i == j
}

func convEscape() {
	x := 6
	gi = x
}

func convPtr() {
	y := 7
	gi = &y
}

func convRet(n int) interface{} {
	return n
}

func convStructRet() interface{} {
	return small{3, 4}
}

func convConst() interface{} {
	return 100
}

func convPtrStruct() interface{} {
	z := 8
	return withPtr{&z}
}

func convString(s string) interface{} {
	return s
}

func convBool(b bool) interface{} {
	return b
}

func convByte(b byte) interface{} {
	return b
}

func main() {
	println(convLocal())
	convEscape()
	convPtr()
	a := convRet(1)
	b := convStructRet()
	c := convConst()
	d := convPtrStruct()
	e := convString("s")
	f := convBool(true)
	g := convByte(9)
	println(a != nil, b != nil, c != nil, d != nil, e != nil, f != nil, g != nil)
}
