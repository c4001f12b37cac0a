// run

// The collector scans heap objects and package variables precisely: a word
// that holds an object's address as a number (uint64, float64 bits) does
// not keep the object alive; a pointer field beside it does.
package main

import (
	"fmt"
	"math"
	"runtime"
	"strconv"
	"sync/atomic"
	"time"
)

type Obj struct {
	id  int
	pad [3]int
}

type Rec struct {
	addr uint64  // an Obj's address as a number: not a reference
	bits float64 // the same address as a float64's bits
	keep *Obj    // a reference
}

var finalized, kept int64

// A package variable holding an address as a number.
var numberAddr uint64

func addrOf(o *Obj) uint64 {
	v, err := strconv.ParseUint(fmt.Sprintf("%p", o)[2:], 16, 64)
	if err != nil {
		panic(err)
	}
	return v
}

func build(n int) ([]Rec, map[int]uint64) {
	recs := make([]Rec, n)
	m := make(map[int]uint64)
	for i := range recs {
		o := &Obj{id: i}
		runtime.SetFinalizer(o, func(o *Obj) { atomic.AddInt64(&finalized, 1) })
		a := addrOf(o)
		recs[i].addr = a
		recs[i].bits = math.Float64frombits(a)
		m[i] = a
		if i == 0 {
			numberAddr = a
		}
		if i%10 == 0 {
			k := &Obj{id: -i}
			runtime.SetFinalizer(k, func(o *Obj) { atomic.AddInt64(&kept, 1) })
			recs[i].keep = k
		}
	}
	return recs, m
}

func main() {
	const n = 200
	// built on another goroutine, whose stack is gone by the time we
	// collect: golite scans VM stacks conservatively, and a dead
	// temporary in this frame could keep one object
	type result struct {
		recs []Rec
		m    map[int]uint64
	}
	ch := make(chan result)
	go func() {
		recs, m := build(n)
		ch <- result{recs, m}
	}()
	res := <-ch
	recs, m := res.recs, res.m
	for i := 0; i < 50 && atomic.LoadInt64(&finalized) < n; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("finalized:", atomic.LoadInt64(&finalized), "of", n)
	fmt.Println("kept objects finalized:", atomic.LoadInt64(&kept))
	live := 0
	for _, r := range recs {
		if r.keep != nil && r.keep.id <= 0 {
			live++
		}
	}
	fmt.Println("kept objects reachable:", live, len(m) == n, numberAddr != 0)
	runtime.KeepAlive(recs)
}
