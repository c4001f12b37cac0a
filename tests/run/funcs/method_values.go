// run

package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()           { c.n++ }
func (c *Counter) Add(k int) int  { c.n += k; return c.n }
func (c Counter) Get() int        { return c.n }
func (c Counter) Label(p string) string { return p + c.name }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Wrapper struct {
	Counter
	extra int
}

func main() {
	c := Counter{name: "c"}
	inc := c.Inc // bound to &c
	get := c.Get // bound to a copy of c now
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())
	add := (&c).Add
	fmt.Println(add(10), c.n)
	// method expressions take the receiver as the first argument
	incE := (*Counter).Inc
	getE := Counter.Get
	labelE := Counter.Label
	addE := (*Counter).Add
	incE(&c)
	fmt.Println(getE(c), labelE(c, "name:"), addE(&c, 5))
	// value methods are also in the pointer method set
	getP := (*Counter).Get
	fmt.Println(getP(&c))
	// method values on named non-struct types
	t := Celsius(100)
	f := t.F
	t = 0
	fmt.Println(f(), t.F(), Celsius.F(37))
	// method values through embedding
	w := Wrapper{Counter{"w", 0}, 1}
	winc := w.Inc
	winc()
	winc()
	fmt.Println(w.n, w.Get(), Wrapper.Get(w), (*Wrapper).Add(&w, 3))
	// a slice of bound methods from different receivers
	cs := []*Counter{{name: "a"}, {name: "b"}, {name: "c"}}
	var incs []func()
	for _, cp := range cs {
		incs = append(incs, cp.Inc)
	}
	for i, fn := range incs {
		for k := 0; k <= i; k++ {
			fn()
		}
	}
	for _, cp := range cs {
		fmt.Print(cp.name, cp.n, " ")
	}
	fmt.Println()
	// bound method on a value in a range loop copies that iteration's value
	vals := []Counter{{"x", 1}, {"y", 2}}
	var getters []func() int
	for _, v := range vals {
		getters = append(getters, v.Get)
	}
	vals[0].n = 100
	fmt.Println(getters[0](), getters[1]())
	// method value from an interface
	var g interface{ Get() int } = c
	gv := g.Get
	fmt.Println(gv())
	fmt.Printf("%T %T\n", incE, labelE)
}
