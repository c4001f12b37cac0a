// run

package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type Fahrenheit float64
type IntSlice []int
type StrFunc func(string) string
type Bytes []byte
type Text string
type Point struct{ X, Y int }
type Coord struct{ X, Y int }
type IntPtr *int

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func (s IntSlice) Sum() int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	c := Celsius(100)
	f := CToF(c)
	fmt.Println(c, f, float64(f)-float64(c))
	raw := []int{1, 2, 3}
	is := IntSlice(raw)
	is[0] = 10
	fmt.Println(raw, is.Sum(), IntSlice([]int{4, 5}).Sum())
	back := []int(is)
	fmt.Println(back)
	up := StrFunc(strings.ToUpper)
	fmt.Println(up("converted func"))
	var plain func(string) string = up
	fmt.Println(plain("assignable"))
	t := Text("héllo")
	bs := Bytes(t)
	rs := []rune(t)
	fmt.Println(len(bs), len(rs), string(bs), Text(rs[1:3]))
	fmt.Println(string(Bytes{0x47, 0x6f}), Text(Bytes("xyz")))
	p := Point{1, 2}
	co := Coord(p)
	co.X = 9
	fmt.Println(p, co, Point(co) == Point{9, 2})
	n := 5
	ip := IntPtr(&n)
	*ip = 6
	fmt.Println(n, *(*int)(ip))
	// conversion between named numeric types requires explicit conversion
	type Meters int
	type Feet int
	m := Meters(100)
	ft := Feet(float64(m) * 3.28084)
	fmt.Println(m, ft)
	// string conversions from named string types
	var s string = string(t) + "!"
	fmt.Println(s, Text(s) == t+"!")
	// untyped constant to named type
	var temp Celsius = 36.6
	fmt.Printf("%.1f %T\n", temp, temp)
	// slices of named types
	cs := []Celsius{0, 37, 100}
	var fsum Fahrenheit
	for _, v := range cs {
		fsum += CToF(v)
	}
	fmt.Println(fsum)
}
