// run

package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type Miles int
type Path []string
type Word string
type BinOp func(int, int) int
type Bits uint8

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }
func (m Miles) Km() float64           { return float64(m) * 1.609344 }
func (p Path) String() string         { return "/" + strings.Join(p, "/") }
func (p *Path) Push(s string)         { *p = append(*p, s) }
func (p *Path) Pop() string {
	old := *p
	last := old[len(old)-1]
	*p = old[:len(old)-1]
	return last
}
func (w Word) Len() int    { return len(w) }
func (w Word) Upper() Word { return Word(strings.ToUpper(string(w))) }
func (w Word) Reverse() Word {
	b := []byte(w)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return Word(b)
}
func (f BinOp) Apply(a, b int) int { return f(a, b) }
func (f BinOp) Flip() BinOp        { return func(a, b int) int { return f(b, a) } }
func (b Bits) Has(i uint) bool     { return b&(1<<i) != 0 }
func (b *Bits) Set(i uint)         { *b |= 1 << i }
func (b *Bits) Clear(i uint)       { *b &^= 1 << i }
func (b Bits) String() string {
	s := ""
	for i := 7; i >= 0; i-- {
		if b.Has(uint(i)) {
			s += "1"
		} else {
			s += "0"
		}
	}
	return s
}

func main() {
	temps := []Celsius{-40, 0, 37, 100}
	for _, t := range temps {
		fmt.Printf("%.1f %.1f\n", float64(t), t.Fahrenheit())
	}
	fmt.Printf("%.3f %.3f\n", Miles(26).Km(), Miles(1).Km())
	var p Path
	p.Push("usr")
	p.Push("local")
	p.Push("bin")
	fmt.Println(p, len(p))
	fmt.Println(p.Pop(), p)
	w := Word("golite")
	fmt.Println(w.Len(), w.Upper(), w.Reverse(), w.Upper().Reverse())
	sub := BinOp(func(a, b int) int { return a - b })
	fmt.Println(sub.Apply(10, 3), sub.Flip().Apply(10, 3), sub.Flip().Flip()(10, 3))
	var b Bits
	b.Set(0)
	b.Set(3)
	b.Set(7)
	fmt.Println(b, b.Has(3), b.Has(4), uint8(b))
	b.Clear(3)
	fmt.Println(b)
	fmt.Printf("%v %d %s\n", b, b, b)
	c := Celsius(20) + 5
	fmt.Println(c, c.Fahrenheit())
	m := Miles(10) * 3
	fmt.Printf("%T %v\n", m, m)
}
