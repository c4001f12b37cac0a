// run

package main

import (
	"fmt"
	"math"
	"unicode/utf8"
)

const (
	SecondsPerDay = 24 * 60 * 60
	DaysPerYear   = 365.2425
	SecondsPerYr  = SecondsPerDay * DaysPerYear
	Greeting      = "héllo"
	GreetLen      = len(Greeting)
	MaxU16        = math.MaxUint16
	Mixed         = MaxU16 + 0.5
	Shifted       = 1 << 62 >> 60
	Complex       = 2i * 2i
	NotTrue       = !(1 < 2)
	Str2          = Greeting + ", " + "world"
)

func main() {
	fmt.Println(SecondsPerDay, SecondsPerYr, int64(SecondsPerYr))
	fmt.Println(Greeting, GreetLen, utf8.RuneCountInString(Greeting))
	fmt.Println(MaxU16, Mixed, Shifted, Complex, NotTrue, Str2)
	fmt.Printf("%T %T %T %T %T\n", SecondsPerDay, SecondsPerYr, Mixed, Complex, NotTrue)
	// constant expressions evaluated exactly
	const exact = 0.1 + 0.2
	v1, v2 := 0.1, 0.2
	fmt.Println(exact == 0.3, v1+v2 == 0.3)
	const big = 1e30
	fmt.Println(big/1e29, int64(big/1e20))
	const third = 1 / 3.0
	fmt.Println(third * 3)
	var y = 3
	fmt.Println(third*3 == 1, float64(y)*third == 1)
	// constants in array sizes and shifts
	const n = 4
	var grid [n][n * 2]bool
	fmt.Println(len(grid), len(grid[0]))
	const sh = 3
	fmt.Println(1<<sh, 0xFF>>sh, -1<<sh)
	// character constants
	const nl = '\n'
	const hex = '\x41'
	const uni = '\u00e9'
	fmt.Println(nl, hex, uni, string(rune(uni)))
	// typed constant conversions
	fmt.Println(int8(-128), uint8(255), int64(math.MinInt64), float32(0.1))
	fmt.Println(math.MaxInt32+1, math.MinInt32-1)
}
