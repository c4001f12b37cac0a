// run

// The write barrier under fire: several goroutines keep moving the only
// reference to objects between places the collector scans concurrently —
// struct fields, slice elements, map values, package variables, a channel's
// buffer, a closure's captured variable, an interface — while others
// allocate garbage so that cycles run back to back (and one calls
// runtime.GC). Every object carries a canary computed from its id; a
// reference the collector lost would point to a freed and reused (zeroed)
// object, and the canary check would see it.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type obj struct {
	id     int
	canary int
	kids   [2]*obj
	pad    [6]int
}

func mk(id int) *obj {
	o := &obj{id: id, canary: id*7919 + 13}
	o.kids[0] = &obj{id: -id, canary: -id*7919 + 13}
	return o
}

func (o *obj) check(where string) {
	if o == nil {
		panic("lost reference at " + where)
	}
	if o.canary != o.id*7919+13 {
		panic(fmt.Sprintf("corrupted object at %s: id %d canary %d", where, o.id, o.canary))
	}
	k := o.kids[0]
	if k == nil || k.canary != k.id*7919+13 || k.id != -o.id {
		panic("corrupted child at " + where)
	}
}

type holder struct {
	a, b  *obj
	s     []*obj
	m     map[int]*obj
	i     interface{}
	ch    chan *obj
	get   func() *obj
	set   func(*obj)
	spine *obj
}

const workers = 4

var globals [workers]*obj

var sink [workers][64][]byte

// garbage: each worker keeps the last 64 of its byte slices
func churn(w, seed int) {
	for i := 0; i < 64; i++ {
		sink[w][(seed+i)%64] = make([]byte, 64+(seed*i)%2000)
	}
}

func mover(w int, rounds int, wg *sync.WaitGroup, total *int) {
	defer wg.Done()
	var captured *obj
	h := &holder{
		s:  make([]*obj, 8),
		m:  map[int]*obj{},
		ch: make(chan *obj, 1),
	}
	h.get = func() *obj { return captured }
	h.set = func(o *obj) { captured = o }
	sum := 0
	for r := 0; r < rounds; r++ {
		id := w*1000000 + r + 1
		h.a = mk(id)
		// the only reference goes field -> field -> slice -> map ->
		// package variable -> interface -> channel buffer -> closure ->
		// a child slot of another object, with garbage in between
		h.b, h.a = h.a, nil
		churn(w, r)
		j := r % len(h.s)
		h.s[j], h.b = h.b, nil
		churn(w, r+1)
		h.m[j], h.s[j] = h.s[j], nil
		churn(w, r+2)
		globals[w] = h.m[j]
		delete(h.m, j)
		churn(w, r+3)
		h.i, globals[w] = globals[w], nil
		churn(w, r+4)
		h.ch <- h.i.(*obj)
		h.i = nil
		churn(w, r+5)
		h.set(<-h.ch)
		churn(w, r+6)
		// swap it into a linked spine, rotating the spine's children
		o := h.get()
		h.set(nil)
		if h.spine == nil {
			h.spine = mk(-1)
		}
		h.spine.kids[1], o = o, nil
		churn(w, r+7)
		h.spine.kids[0], h.spine.kids[1] = h.spine.kids[1], h.spine.kids[0]
		churn(w, r+8)
		got := h.spine.kids[0]
		h.spine.kids[0] = &obj{id: 1, canary: 1*7919 + 13, kids: [2]*obj{{id: -1, canary: -1*7919 + 13}}}
		got.check("spine")
		if got.id != id {
			panic("wrong object")
		}
		sum += got.id % 1000
	}
	*total += sum
}

func main() {
	var wg sync.WaitGroup
	totals := make([]int, workers)
	const rounds = 800
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go mover(w, rounds, &wg, &totals[w])
	}
	stop := make(chan bool)
	gcs := make(chan int)
	go func() {
		n := 0
		for {
			select {
			case <-stop:
				gcs <- n
				return
			default:
				runtime.GC()
				n++
			}
		}
	}()
	wg.Wait()
	close(stop)
	n := <-gcs
	want := 0
	for r := 0; r < rounds; r++ {
		want += (r + 1) % 1000
	}
	ok := true
	for _, t := range totals {
		ok = ok && t == want
	}
	fmt.Println("moved", workers*rounds, "objects 9 times each; all intact:", ok, "; runtime.GC ran:", n > 0)
}
