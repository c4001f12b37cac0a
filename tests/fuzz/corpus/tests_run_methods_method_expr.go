// run

package main

import "fmt"

type Calc struct{ acc int }

func (c *Calc) Add(n int) { c.acc += n }
func (c *Calc) Sub(n int) { c.acc -= n }
func (c *Calc) Mul(n int) { c.acc *= n }
func (c Calc) Value() int { return c.acc }

type Op struct {
	name string
	fn   func(*Calc, int)
	arg  int
}

type Num int

func (n Num) Plus(m Num) Num  { return n + m }
func (n Num) Times(m Num) Num { return n * m }

func fold(xs []Num, init Num, f func(Num, Num) Num) Num {
	for _, x := range xs {
		init = f(init, x)
	}
	return init
}

func main() {
	program := []Op{
		{"add", (*Calc).Add, 5},
		{"mul", (*Calc).Mul, 4},
		{"sub", (*Calc).Sub, 3},
		{"mul", (*Calc).Mul, -2},
		{"add", (*Calc).Add, 100},
	}
	c := &Calc{}
	value := Calc.Value
	for _, op := range program {
		op.fn(c, op.arg)
		fmt.Printf("%s %d -> %d\n", op.name, op.arg, value(*c))
	}
	ptrValue := (*Calc).Value
	fmt.Println(ptrValue(c))
	nums := []Num{1, 2, 3, 4, 5}
	fmt.Println(fold(nums, 0, Num.Plus), fold(nums, 1, Num.Times))
	plus := Num.Plus
	fmt.Println(plus(40, 2))
	fmt.Printf("%T\n%T\n%T\n", Num.Plus, (*Calc).Add, Calc.Value)
	bound := Num(10).Times
	fmt.Println(bound(7), fold(nums, 1, func(a, b Num) Num { return bound(a) + b }))
}
