// run

// Attacks: values leaving a frame through channels: select send cases of
// pointers to locals and of values boxed into interfaces, sends from
// goroutines that outlive the sender's frame, channels of channels, and
// receives into interface variables and type switches on them.
package main

import "fmt"

type msg struct {
	id   int
	body [6]int
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

func produce(out chan *msg, anyc chan any, n int) {
	m := msg{id: n}
	m.body[5] = n * 2
	v := [3]int{n, n, n}
	oc, ac := out, chan any(nil) // one ready case at a time: deterministic
	for sent := 0; sent < 2; sent++ {
		select {
		case oc <- &m:
			oc, ac = nil, anyc
		case ac <- v:
			ac = nil
		}
	}
}

func viaChanChan(cc chan chan *int, n int) {
	x := n
	c := make(chan *int, 1)
	c <- &x
	cc <- c
}

func viaGoroutine(res chan *[2]int, n int) {
	pair := [2]int{n, -n}
	ready := make(chan struct{})
	go func() {
		<-ready
		res <- &pair
	}()
	close(ready)
}

func main() {
	out := make(chan *msg, 4)
	anyc := make(chan any, 4)
	produce(out, anyc, 3)
	produce(out, anyc, 4)
	cc := make(chan chan *int, 1)
	viaChanChan(cc, 21)
	res := make(chan *[2]int)
	viaGoroutine(res, 8)
	clobber(2)
	total := 0
	for len(out) > 0 {
		m := <-out
		total += m.id*100 + m.body[5]
	}
	for len(anyc) > 0 {
		switch v := (<-anyc).(type) {
		case [3]int:
			total += v[0] + v[2]
		}
	}
	p := <-res
	clobber(3)
	fmt.Println(total, *<-<-cc, *p)
}
