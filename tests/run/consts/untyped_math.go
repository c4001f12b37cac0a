// run

package main

import (
	"fmt"
	"math"
)

const (
	Big   = 1 << 100
	Small = Big >> 98
	Huge  = Big * Big
	Ratio = Huge / Big / Big
)

const third = 1.0 / 3
const exact = third * 3 // exactly 1 with arbitrary precision
const bigF = 1e300 * 1e300 / 1e300

const (
	c1 = 'a' + 1   // untyped rune
	c2 = "s" + "t" // untyped string
	c3 = 7 / 2     // integer division of untyped ints
	c4 = 7 / 2.0   // float division
	c5 = 1 << 62 * 3 / 3
	c6 = -5 % 3
	c7 = ^0
	c8 = 0x7fff_ffff &^ 0xff
)

func main() {
	fmt.Println(Small, Ratio, Huge>>190)
	fmt.Println(exact == 1, third, bigF)
	var f32 float32 = third
	var f64 float64 = third
	fmt.Println(f32, f64)
	fmt.Println(c1, string(rune(c1)), c2, c3, c4, c5, c6, c7, c8)
	fmt.Printf("%T %T %T %T\n", c1, c2, c3, c4)
	// constant expressions are exact, then converted once
	const pi2 = math.Pi * 2
	fmt.Println(pi2, float32(pi2))
	const mask = 1<<64 - 1
	fmt.Println(uint64(mask), uint32(mask>>32))
	// typed constants keep their type in expressions
	const t8 int8 = 100
	var v = t8 / 3
	fmt.Printf("%v %T\n", v, v)
	const d = 10 * time
	fmt.Println(d)
	// untyped constants adapt to the context
	var i int = 1e3
	var u uint8 = 'A'
	var fl float64 = 1 << 10
	var cx complex128 = 2
	fmt.Println(i, u, fl, cx)
	// shifts of untyped constants in non-constant expressions take the context type
	s := uint(3)
	var r int32 = 1 << s
	var k int64 = 1 << s
	fmt.Println(r, k)
	fmt.Println(math.MaxUint32, math.MaxInt64, -math.MinInt64 > 0)
	fmt.Println(len("constant"), len([4]int{}), cap([3]string{}))
}

const time = 6
