// run

package main

import (
	"fmt"
	"math"
)

const Huge = 1 << 100
const Tiny = 1.0 / Huge
const Third = 1.0 / 3
const BigFloat = 1e300 * 1e300 / 1e300

func main() {
	fmt.Println(Huge>>98, Huge/(1<<97), Huge%7)
	fmt.Println(Tiny*Huge, Tiny > 0)
	fmt.Println(Third*3 == 1, Third)
	var f32 float32 = Third
	var f64 float64 = Third
	fmt.Println(f32, f64)
	fmt.Println(BigFloat)
	// default types
	a := 1
	b := 1.0
	c := 'x'
	d := 1i
	e := "s"
	f := 1 << 3
	g := 2.0 * 3
	h := 'a' + 1
	i := 1 + 2.5
	fmt.Printf("%T %T %T %T %T %T %T %T %T\n", a, b, c, d, e, f, g, h, i)
	fmt.Println(h, i)
	// integer vs float division in constants
	const q1 = 7 / 2
	const q2 = 7 / 2.0
	const q3 = 7.0 / 2
	fmt.Println(q1, q2, q3)
	var x float64 = 7 / 2
	fmt.Println(x)
	// untyped constants adapt to context
	var i8 int8 = 127
	var u8 uint8 = 255
	var ff float32 = 16777217
	fmt.Println(i8, u8, ff)
	fmt.Println(math.MaxUint64/2+1 == 1<<63, uint64(math.MaxUint64))
	const mask = ^uint32(0)
	fmt.Println(mask, mask>>16)
	const neg = -5
	fmt.Println(neg/2, neg%2, neg>>1, -neg)
	const big = 123456789012345678901234567890
	fmt.Println(big/1e20, big%1000, float64(big))
	const r = 'A' + 2
	fmt.Println(r, string(rune(r)))
	const s = "con" + "cat"
	const l = len(s)
	var arr [l]int
	fmt.Println(s, l, len(arr))
	const t = 10 > 5
	fmt.Println(t, !t)
	var shift uint = 2
	fmt.Println(1<<shift, 1.0*4, 3/2*2, 3.0/2*2)
	const c128 = (1 + 2i) * (3 - 1i)
	fmt.Println(c128, real(c128))
	fmt.Println(math.Pi*1e10, math.Floor(math.Pi*1e10))
}
