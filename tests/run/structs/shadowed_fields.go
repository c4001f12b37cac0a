// run

package main

import "fmt"

type Inner struct {
	X, Y int
}

func (Inner) Who() string { return "inner" }

type Middle struct {
	Inner
	Y string // shadows Inner.Y
}

func (Middle) Who() string { return "middle" }

type Outer struct {
	Middle
	X float64 // shadows Inner.X at a shallower depth
}

func main() {
	var o Outer
	o.X = 1.5
	o.Y = "why"
	o.Middle.Inner.X = 10
	o.Inner.Y = 20
	fmt.Printf("%+v\n", o)
	fmt.Println(o.X, o.Y, o.Middle.X, o.Inner.X, o.Middle.Y, o.Inner.Y)
	fmt.Println(o.Who(), o.Middle.Who(), o.Inner.Who())
	// field access through a pointer at every depth
	p := &o
	p.X *= 2
	p.Middle.Inner.Y--
	fmt.Println(p.X, p.Inner.Y, (*p).Middle.Y)
	// composite literal with nested embedded fields
	q := Outer{Middle: Middle{Inner: Inner{1, 2}, Y: "m"}, X: 3}
	fmt.Printf("%v %+v\n", q, q)
}
