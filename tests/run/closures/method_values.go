// run

package main

import "fmt"

type Temp struct{ C float64 }

func (t Temp) F() float64      { return t.C*9/5 + 32 }
func (t *Temp) Warm(d float64) { t.C += d }
func (t Temp) String() string  { return fmt.Sprintf("%.1fC", t.C) }

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s Stack) Top() int    { return s[len(s)-1] }

func apply(fs []func() float64) []float64 {
	var out []float64
	for _, f := range fs {
		out = append(out, f())
	}
	return out
}

func main() {
	t := Temp{20}
	fv := t.F      // receiver copied now
	warm := t.Warm // &t captured
	warm(5)
	fmt.Println(fv(), t.F(), t)
	warm(5)
	fmt.Println(t, fv())
	pt := &t
	fp := pt.F // *pt copied now
	pt.Warm(10)
	fmt.Println(fp(), pt.F())
	temps := []Temp{{0}, {37}, {100}}
	var fs []func() float64
	for _, tt := range temps {
		fs = append(fs, tt.F)
	}
	fmt.Println(apply(fs))
	var ws []func(float64)
	for i := range temps {
		ws = append(ws, temps[i].Warm)
	}
	for _, w := range ws {
		w(1)
	}
	fmt.Println(temps)
	// method expressions
	fexpr := Temp.F
	wexpr := (*Temp).Warm
	x := Temp{-40}
	fmt.Println(fexpr(x))
	wexpr(&x, 40)
	fmt.Println(x, fexpr(x))
	// method value of slice type
	var s Stack
	push := s.Push
	for i := 0; i < 4; i++ {
		push(i * i)
	}
	fmt.Println(s, s.Top())
	top := s.Top
	s.Push(99)
	fmt.Println(top(), s.Top())
	// Stringer via method value
	str := t.String
	t.C = -1
	fmt.Println(str(), t.String())
	fmt.Printf("%T %T %T\n", fv, wexpr, fexpr)
}
