// run

package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Expr interface {
	Eval(env []float64) float64
	String() string
}

type Num float64
type Var int
type Bin struct {
	Op   byte
	L, R Expr
}
type Neg struct{ X Expr }

func (n Num) Eval(env []float64) float64 { return float64(n) }
func (n Num) String() string             { return fmt.Sprint(float64(n)) }
func (v Var) Eval(env []float64) float64 { return env[v] }
func (v Var) String() string             { return string(rune('x' + v)) }
func (n Neg) Eval(env []float64) float64 { return -n.X.Eval(env) }
func (n Neg) String() string             { return "-" + n.X.String() }
func (b Bin) Eval(env []float64) float64 {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panicOp(b.Op)
	return 0
}
func (b Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

func panicOp(op byte) { fmt.Println("bad op", string(op)) }

// simplify folds constants
func simplify(e Expr) Expr {
	switch x := e.(type) {
	case Bin:
		l, r := simplify(x.L), simplify(x.R)
		ln, lok := l.(Num)
		rn, rok := r.(Num)
		if lok && rok {
			return Num(Bin{x.Op, ln, rn}.Eval(nil))
		}
		if x.Op == '*' && ((lok && ln == 0) || (rok && rn == 0)) {
			return Num(0)
		}
		if x.Op == '*' && lok && ln == 1 {
			return r
		}
		if (x.Op == '+' || x.Op == '*') && rok && rn == map0(x.Op) {
			return l
		}
		return Bin{x.Op, l, r}
	case Neg:
		in := simplify(x.X)
		if n, ok := in.(Num); ok {
			return -n
		}
		return Neg{in}
	}
	return e
}

func map0(op byte) Num {
	if op == '*' {
		return 1
	}
	return 0
}

// parse a tiny prefix language: "+ 1 * x 2"
func parse(tokens []string) (Expr, []string) {
	t := tokens[0]
	rest := tokens[1:]
	switch t {
	case "+", "-", "*", "/":
		l, rest2 := parse(rest)
		r, rest3 := parse(rest2)
		return Bin{t[0], l, r}, rest3
	case "neg":
		x, rest2 := parse(rest)
		return Neg{x}, rest2
	case "x", "y", "z":
		return Var(t[0] - 'x'), rest
	}
	f, _ := strconv.ParseFloat(t, 64)
	return Num(f), rest
}

func main() {
	env := []float64{2, 3, 10}
	srcs := []string{
		"+ 1 2",
		"* x + y 1",
		"/ z * 2 x",
		"- neg x * y y",
		"+ * 0 z * 1 + x 0",
		"* + 1 2 + 3 4",
		"neg neg / 7 2",
		"+ x + y z",
		"* neg 1 + x neg y",
		"/ 1 0",
		"- 0 0",
		"* 1 * 1 * 1 z",
		"+ 0.5 * 0.25 4",
	}
	for _, src := range srcs {
		e, _ := parse(strings.Fields(src))
		s := simplify(e)
		fmt.Printf("%-28s = %-6g simplified %-16s = %g\n", e, e.Eval(env), s, s.Eval(env))
	}
	// evaluate one expression over a range of environments
	e, _ := parse(strings.Fields("+ * x x * neg 2 y"))
	for x := 0.0; x < 4; x++ {
		fmt.Printf("%v at x=%g,y=1 -> %g\n", e, x, e.Eval([]float64{x, 1, 0}))
	}
}
