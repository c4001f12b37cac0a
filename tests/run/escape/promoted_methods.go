// run

// Attacks: methods promoted through embedded fields (value and pointer
// embeddings, several levels) whose receivers leak: the implicit &x.E or
// loaded x.E must be what escapes. Also method expressions T.M / (*T).M.
package main

import "fmt"

type E struct{ v [4]int }

var kept []*E

func (e *E) Keep()        { kept = append(kept, e) }
func (e *E) Self() *E     { return e }
func (e E) Copy() *[4]int { return &e.v }

type I interface{ Keep() }

type X struct {
	pad int
	E
}
type Y struct {
	tag string
	*E
}
type Z struct {
	X
	Y
	I
}

func sum(p *[64]int) (s int) {
	for _, v := range p {
		s += v
	}
	return
}

func clobber(n int) int {
	var a [64]int
	for i := range a {
		a[i] = n*1000 + i
	}
	return sum(&a)
}

func viaValueEmbed(n int) {
	var x X
	x.v[0] = n
	x.Keep()
}

func viaPtrEmbed(n int) {
	y := Y{E: &E{}}
	y.v[1] = n
	y.Keep()
}

func viaDeep(n int) *E {
	var z Z
	z.X.v[2] = n
	z.Y.E = &E{}
	z.Y.v[3] = n + 1
	z.X.Keep()
	return z.Y.Self()
}

func viaIface(n int) {
	e := E{}
	e.v[0] = n
	z := Z{I: &e}
	z.I.Keep()
}

func viaMethodExpr(n int) (*E, *[4]int) {
	a, b := E{}, E{}
	a.v[1], b.v[2] = n, n+1
	keep := (*E).Keep
	keep(&a)
	return (*E).Self(&b), E.Copy(b)
}

func main() {
	viaValueEmbed(11)
	viaPtrEmbed(12)
	d := viaDeep(13)
	viaIface(15)
	me, mc := viaMethodExpr(16)
	clobber(1)
	for _, e := range kept {
		fmt.Println(e.v)
	}
	fmt.Println(d.v, me.v, *mc)
}
