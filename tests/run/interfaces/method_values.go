// run

package main

import (
	"fmt"
	"strings"
)

type Greeter interface{ Greet(name string) string }

type English struct{ excl bool }

func (e English) Greet(n string) string {
	if e.excl {
		return "Hello, " + n + "!"
	}
	return "Hello, " + n
}

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }

type Incer interface{ Inc() int }

type Lang string

func (l Lang) Greet(n string) string { return string(l) + " " + n }

func apply(f func(string) string, names ...string) string {
	out := []string{}
	for _, n := range names {
		out = append(out, f(n))
	}
	return strings.Join(out, "; ")
}

func main() {
	var g Greeter = English{true}
	f := g.Greet // method value: the interface's value is bound now
	g = English{false}
	fmt.Println(f("ann"), "|", g.Greet("bob"))
	fmt.Println(apply(f, "x", "y"))
	fmt.Println(apply(Lang("hola").Greet, "z"))

	// method value from an interface holding a pointer: shares the pointee
	c := &Counter{}
	var i Incer = c
	inc := i.Inc
	inc()
	inc()
	fmt.Println(c.n, i.Inc(), c.n)

	// a method value of a concrete value copies the receiver
	e := English{false}
	ef := e.Greet
	e.excl = true
	fmt.Println(ef("c"), e.Greet("d"))

	// stored in a map and slices
	greeters := map[string]func(string) string{}
	for _, l := range []Lang{"hi", "yo"} {
		var gr Greeter = l
		greeters[string(l)] = gr.Greet
	}
	fmt.Println(greeters["hi"]("a"), greeters["yo"]("b"))
	fs := []func() int{i.Inc, c.Inc}
	fmt.Println(fs[0](), fs[1](), c.n)

	// method value of an embedded interface field
	type Box struct{ Greeter }
	bx := Box{Lang("hey")}
	bg := bx.Greet
	bx.Greeter = English{}
	fmt.Println(bg("e"), bx.Greet("f"))

	// method values from fmt.Stringer and error
	var st fmt.Stringer = Lang("s")
	_ = st
	var err error = fmt.Errorf("bad %d", 1)
	ee := err.Error
	fmt.Println(ee())
}

func (l Lang) String() string { return "Lang(" + string(l) + ")" }
