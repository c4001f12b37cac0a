// compile

package main

const huge = 1 << 100 >> 98 // 4: intermediate values may exceed any integer type
const big = 1 << 100
const ratio = big / (big >> 3) // 8
const third = 1.0 / 3          // untyped float
const exact = third * 3        // exactly 1 in arbitrary precision
const r = 'a' + 1              // untyped rune
const typed int64 = 1 << 62
const mask = ^uint8(0) // 255
const f32 float32 = 1e38
const s = "con" + "cat"
const b = len(s) == 6 // len of a constant string is constant

var arr [huge]int
var i int = exact
var c byte = 'z' - r + 'a'
var shifted int64 = typed >> 61
var fl = 1 << 3.0 // constant shift count of float type with integral value

func main() {
	var x float64 = big >> 90
	var y = 10 / 4.0 // 2.5
	var z int = 10 / 4
	_, _, _ = x, y, z
	_, _, _, _, _, _, _ = arr, i, c, shifted, mask, f32, fl
	_ = ratio
	if b {
		println(s)
	}
}
