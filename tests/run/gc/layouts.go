// run

// Precise heap scanning: values of many layouts (pointers at every kind of
// offset: struct fields, arrays, strings, slices, interfaces, maps with
// indirect keys and elems, channel buffers, closures, deferred calls) are
// kept only through heap objects while collections run and garbage reuses
// freed memory; every canary must survive.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type T struct {
	id     int
	canary int
}

func newT(id int) *T { return &T{id, id*7 + 1} }

func (t *T) ok(id int) bool { return t != nil && t.id == id && t.canary == id*7+1 }

type Mixed struct {
	a int32
	b *T
	c [3]byte
	d string
	e []*T
	f interface{}
	g map[int]*T
	h func() *T
	i chan *T
	j [2]*T
	k float64
}

type Key struct {
	s string
	n int
	p *T
}

type Big struct {
	pad [20]int
	p   *T
	q   [3]*T
}

var sink []byte

func churn(n int) {
	for i := 0; i < n; i++ {
		sink = make([]byte, 24+i%200)
		_ = strings.Repeat("x", i%50)
		_ = make([]int, i%30)
	}
}

func makeMixed(id int) Mixed {
	c := make(chan *T, 2)
	c <- newT(id + 5)
	captured := newT(id + 6)
	return Mixed{
		a: int32(id),
		b: newT(id),
		d: strings.Repeat("s", id%7+1) + fmt.Sprint(id),
		e: []*T{newT(id + 1), newT(id + 2)},
		f: newT(id + 3),
		g: map[int]*T{id: newT(id + 4)},
		h: func() *T { return captured },
		i: c,
		j: [2]*T{newT(id + 7), newT(id + 8)},
		k: float64(id),
	}
}

func checkMixed(m *Mixed, id int) bool {
	ok := m.a == int32(id) && m.b.ok(id) && m.d == strings.Repeat("s", id%7+1)+fmt.Sprint(id) &&
		m.e[0].ok(id+1) && m.e[1].ok(id+2) && m.f.(*T).ok(id+3) && m.g[id].ok(id+4) &&
		m.h().ok(id+6) && m.j[0].ok(id+7) && m.j[1].ok(id+8) && m.k == float64(id)
	if len(m.i) != 1 {
		return false
	}
	t := <-m.i
	m.i <- t
	return ok && t.ok(id+5)
}

func withDefer(id int, res *bool) {
	p, q := newT(id), newT(id+1)
	defer func(a, b *T, s string) {
		recover()
		*res = a.ok(id) && b.ok(id+1) && s == fmt.Sprint("d", id)
	}(p, q, fmt.Sprint("d", id))
	p, q = nil, nil
	churn(200)
	runtime.GC()
	panic("unwind")
}

func main() {
	const n = 300
	var ms []Mixed
	keyed := map[Key]*T{}
	bigs := map[int]Big{}
	arrKey := map[[20]int]*T{}
	ch := make(chan Key, n)
	for i := 0; i < n; i++ {
		ms = append(ms, makeMixed(i*10))
		k := Key{fmt.Sprint("k", i), i, newT(i)}
		keyed[k] = newT(i + 1)
		var b Big
		b.pad[3] = i
		b.p = newT(i + 2)
		b.q[2] = newT(i + 3)
		bigs[i] = b
		var ak [20]int
		ak[19] = i
		arrKey[ak] = newT(i + 4)
		ch <- Key{fmt.Sprint("c", i), i, newT(i + 5)}
		if i%50 == 0 {
			churn(500)
			runtime.GC()
		}
	}
	for round := 0; round < 3; round++ {
		churn(3000)
		runtime.GC()
	}
	bad := 0
	for i := range ms {
		if !checkMixed(&ms[i], i*10) {
			bad++
		}
	}
	for k, v := range keyed {
		if !k.p.ok(k.n) || !v.ok(k.n+1) || k.s != fmt.Sprint("k", k.n) {
			bad++
		}
	}
	for i, b := range bigs {
		if b.pad[3] != i || !b.p.ok(i+2) || !b.q[2].ok(i+3) || b.q[0] != nil {
			bad++
		}
	}
	for k, v := range arrKey {
		if !v.ok(k[19] + 4) {
			bad++
		}
	}
	for i := 0; i < n; i++ {
		k := <-ch
		if k.n != i || !k.p.ok(i+5) || k.s != fmt.Sprint("c", i) {
			bad++
		}
	}
	deferred := 0
	for i := 0; i < 20; i++ {
		var ok bool
		withDefer(i, &ok)
		if ok {
			deferred++
		}
	}
	fmt.Println("mixed:", len(ms), "keyed:", len(keyed), "bigs:", len(bigs), "arrKey:", len(arrKey))
	fmt.Println("deferred ok:", deferred, "bad:", bad)
}
