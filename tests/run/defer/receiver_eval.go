// run

package main

import "fmt"

type counter struct {
	name string
	n    int
}

func (c counter) value(tag string) { fmt.Println(tag, c.name, c.n) }
func (c *counter) ptr(tag string)  { fmt.Println(tag, c.name, c.n) }

type shower interface{ value(tag string) }

func valueReceiver() {
	c := counter{"v", 1}
	defer c.value("value receiver copied at defer:")
	c.n = 2
	c.name = "changed"
}

func pointerReceiver() {
	c := counter{"p", 1}
	defer c.ptr("pointer receiver (&c taken at defer):")
	c.n = 2
}

func pointerVariable() {
	a := &counter{"a", 1}
	b := &counter{"b", 1}
	p := a
	defer p.ptr("pointer evaluated at defer:")
	p = b
	a.n = 5
	b.n = 9
}

func methodValue() {
	c := counter{"mv", 1}
	f := c.value
	c.n = 3
	defer f("method value bound when taken:")
	g := c.ptr
	defer g("pointer method value:")
	c.n = 4
}

func interfaceReceiver() {
	var s shower = counter{"i1", 1}
	defer s.value("interface receiver evaluated at defer:")
	s = counter{"i2", 2}
	s.value("now:")
}

func receiverCall() {
	n := 0
	get := func() *counter {
		n++
		fmt.Println("receiver expression evaluated", n)
		return &counter{"rc", n}
	}
	defer get().ptr("receiver from call:")
	fmt.Println("receiverCall body, n =", n)
}

type list []int

func (l list) sum(tag string) {
	t := 0
	for _, v := range l {
		t += v
	}
	fmt.Println(tag, len(l), t)
}

func sliceReceiver() {
	l := list{1, 2, 3}
	defer l.sum("slice receiver header copied:")
	l[0] = 10
	l = append(l, 100)
}

func methodExpr() {
	c := counter{"me", 1}
	defer counter.value(c, "method expression:")
	defer (*counter).ptr(&c, "pointer method expression:")
	c.n = 6
}

func main() {
	valueReceiver()
	pointerReceiver()
	pointerVariable()
	methodValue()
	interfaceReceiver()
	receiverCall()
	sliceReceiver()
	methodExpr()
}
