// run

package main

import "fmt"

type vec struct{ x, y, z float64 }

type particle struct {
	pos, vel vec
	mass     float64
	tags     [2]string
	hist     []int
}

func (v vec) add(w vec) vec      { return vec{v.x + w.x, v.y + w.y, v.z + w.z} }
func (v vec) scale(k float64) vec { return vec{v.x * k, v.y * k, v.z * k} }
func (v *vec) addIn(w vec)        { v.x += w.x; v.y += w.y; v.z += w.z }

func step(p particle) particle {
	p.pos = p.pos.add(p.vel)
	p.hist = append(p.hist, len(p.hist))
	p.tags[0] = "stepped"
	return p
}

func main() {
	a := particle{pos: vec{0, 0, 0}, vel: vec{1, 2, 3}, mass: 1, tags: [2]string{"a", "b"}, hist: make([]int, 0, 4)}
	b := a
	b.pos.x = 100
	b.tags[1] = "B"
	fmt.Printf("%+v\n%+v\n", a, b)
	c := step(a)
	fmt.Printf("%+v\n%+v\n", a, c)
	// slices inside a struct still share their backing array
	d := step(a)
	fmt.Println(c.hist, d.hist, len(a.hist), cap(a.hist))
	// method with pointer receiver on an addressable field
	a.vel.addIn(vec{1, 1, 1})
	fmt.Println(a.vel)
	// values in slices are modified in place via index
	ps := []particle{a, a}
	ps[0].mass = 5
	for _, p := range ps {
		p.mass = 0
	}
	for i := range ps {
		ps[i].pos = ps[i].pos.add(vec{1, 1, 1}).scale(2)
	}
	fmt.Println(ps[0].mass, ps[1].mass, ps[0].pos, ps[1].pos)
	// swapping structs
	x, y := vec{1, 0, 0}, vec{0, 1, 0}
	x, y = y, x
	fmt.Println(x, y)
	// struct returned by function is addressable only after assignment
	v := vec{}.add(vec{3, 4, 5})
	pv := &v
	pv.z = 0
	fmt.Println(v, *pv)
}
