// run

package main

import "fmt"

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }
func (c Counter) IncCopy() { c.n++ }
func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

type Wrapper struct {
	Counter
	label string
}

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get(), c.n)
	p := &c
	p.Inc()
	p.IncCopy()
	fmt.Println(p.Get(), (*p).Get())
	p.Add(10).Add(100).Inc()
	fmt.Println(c.n)
	// addressable elements auto-take address
	cs := []Counter{{}, {5}}
	cs[1].Inc()
	cs[0].Add(3)
	fmt.Println(cs)
	arr := [2]Counter{}
	arr[0].Inc()
	fmt.Println(arr)
	// embedded value field through pointer receiver
	w := Wrapper{label: "w"}
	w.Inc()
	w.Counter.Inc()
	fmt.Println(w.Get(), w)
	pw := &w
	pw.Inc()
	fmt.Println(pw.Get())
	// method expressions
	inc := (*Counter).Inc
	get := Counter.Get
	inc(&c)
	fmt.Println(get(c))
	getP := (*Counter).Get
	fmt.Println(getP(&c))
	// method values capture receiver
	m := c.Get
	c.Inc()
	fmt.Println(m(), c.Get())
	mp := p.Inc
	mp()
	mp()
	fmt.Println(c.n)
	// nil pointer receiver is fine if not dereferenced
	type T struct{ x int }
	var np *Counter
	fmt.Println(np == nil)
	fns := []func(){c.Inc, p.Inc, w.Inc}
	for _, f := range fns {
		f()
	}
	fmt.Println(c.n, w.n)
}
