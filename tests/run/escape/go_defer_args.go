// run

// Attacks: go and defer statements (go's wrapper-closure model): receivers
// taken by address for go x.M(), pointers passed to goroutines, method
// values and closures run by goroutines after the spawning frame returned,
// defers in loops, and defers whose receivers are promoted fields.
package main

import (
	"fmt"
	"sync"
)

type acc struct {
	vals [8]int
	n    int
}

func (a *acc) add(v int, wg *sync.WaitGroup, done chan<- *acc) {
	a.vals[a.n%8] += v
	a.n++
	wg.Done()
	done <- a
}

type wrap struct {
	tag int
	acc
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

func spawn(wg *sync.WaitGroup, done chan *acc, start chan struct{}) {
	var a acc
	w := wrap{tag: 9}
	b := &acc{}
	wg.Add(3)
	go func() {
		<-start
		a.add(5, wg, done)
	}()
	go w.add(7, wg, done)
	f := b.add
	go f(11, wg, done)
}

func deferred(n int) (out []int) {
	for i := 0; i < n; i++ {
		x := i * i
		defer func(p *int) { out = append(out, *p) }(&x)
	}
	var w wrap
	var wg sync.WaitGroup
	wg.Add(1)
	defer w.add(1, &wg, make(chan *acc, 1))
	return nil
}

func main() {
	var wg sync.WaitGroup
	done := make(chan *acc, 3)
	start := make(chan struct{})
	spawn(&wg, done, start)
	clobber(1)
	close(start)
	wg.Wait()
	total := 0
	for i := 0; i < 3; i++ {
		p := <-done
		clobber(2)
		total += p.vals[0]*100 + p.n
	}
	fmt.Println(total)
	fmt.Println(deferred(5))
}
