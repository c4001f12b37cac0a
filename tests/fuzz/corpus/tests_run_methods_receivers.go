// run

package main

import "fmt"

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec       { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }
func (v Vec) Dot(o Vec) float64   { return v.X*o.X + v.Y*o.Y }
func (v *Vec) Normalize() {
	l := v.Dot(*v)
	if l == 0 {
		return
	}
	// avoid math import: scale so that |x|+|y| == 1
	s := abs(v.X) + abs(v.Y)
	v.X /= s
	v.Y /= s
}
func (v *Vec) SetX(x float64) *Vec { v.X = x; return v }
func (v Vec) WithX(x float64) Vec  { v.X = x; return v }

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

type Particle struct {
	Pos, Vel Vec
	Steps    int
}

func (p *Particle) Step(dt float64) {
	p.Pos = p.Pos.Add(p.Vel.Scale(dt))
	p.Vel = p.Vel.Add(Vec{0, -9.8}.Scale(dt))
	p.Steps++
}

func (p Particle) StepCopy(dt float64) Particle {
	p.Step(dt)
	return p
}

func main() {
	a := Vec{1, 2}
	b := Vec{3, -1}
	fmt.Println(a.Add(b), a.Scale(3), a.Dot(b))
	c := a
	c.Normalize()
	fmt.Println(a, c)
	w := a.WithX(10)
	fmt.Println(a, w)
	a.SetX(7).SetX(8)
	fmt.Println(a)
	(&b).Normalize()
	fmt.Println(b)
	p := Particle{Pos: Vec{0, 0}, Vel: Vec{2, 10}}
	q := p.StepCopy(0.5)
	fmt.Println(p.Steps, q.Steps, q.Pos, q.Vel)
	for i := 0; i < 4; i++ {
		p.Step(0.25)
		fmt.Printf("%d %.3f %.3f %.3f\n", p.Steps, p.Pos.X, p.Pos.Y, p.Vel.Y)
	}
	ps := []Particle{{Vel: Vec{1, 0}}, {Vel: Vec{0, 1}}}
	for i := range ps {
		ps[i].Step(1)
	}
	for _, pp := range ps {
		pp.Step(1)
	}
	fmt.Println(ps[0].Steps, ps[1].Steps, ps[0].Pos, ps[1].Pos)
	pp := &ps[0]
	pp.Step(1)
	fmt.Println(ps[0].Steps, pp.Add(Vec{}) == pp.Pos.Add(Vec{}))
}

func (p Particle) Add(v Vec) Vec { return p.Pos.Add(v) }
