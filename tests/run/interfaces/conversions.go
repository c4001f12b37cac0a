// run

package main

import (
	"fmt"
	"strconv"
)

type Shape interface {
	Area() float64
	Name() string
}

type Namer interface{ Name() string }

type Areaer interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string   { return "rect " + strconv.FormatFloat(r.W, 'g', -1, 64) }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string   { return "circle" }

type Counter int

func (c Counter) Name() string { return "counter" + strconv.Itoa(int(c)) }

type Big struct {
	A [8]int
	S string
}

func (b Big) Name() string { return b.S + strconv.Itoa(b.A[7]) }

func describe(n Namer) string { return n.Name() }

func area(a Areaer) float64 { return a.Area() }

func asAny(v interface{}) interface{} { return v }

func main() {
	// T -> I for value and pointer receivers
	var s Shape = Rect{2, 3}
	fmt.Println(s.Area(), s.Name())
	s = &Circle{1}
	fmt.Println(s.Area(), s.Name())
	s = &Rect{4, 5} // *Rect has Rect's methods
	fmt.Println(s.Area(), s.Name())

	// I -> I (static widening) and I -> eface
	var n Namer = s
	fmt.Println(n.Name())
	var e interface{} = s
	fmt.Printf("%T %v\n", e, e.(Shape).Area())
	e = n
	fmt.Printf("%T\n", e)
	fmt.Println(describe(s), describe(Counter(5)), area(s), area(Rect{1, 1}))

	// a value is copied when converted: later changes do not show
	r := Rect{1, 1}
	var a Areaer = r
	r.W = 100
	fmt.Println(a.Area(), r.Area())
	big := Big{S: "big"}
	big.A[7] = 7
	var bn Namer = big
	big.A[7] = 8
	fmt.Println(bn.Name(), big.Name())
	// a pointer is shared
	c := &Circle{1}
	var ca Areaer = c
	c.R = 2
	fmt.Println(ca.Area())

	// scalars of every size into an eface and back
	vals := []interface{}{int8(-8), int16(-16), int32(-32), int64(-64), uint8(8), uint16(16),
		uint32(32), uint64(1 << 63), uintptr(99), float32(1.25), 2.5, complex64(1 + 2i), 3 + 4i,
		true, "str", 'r', Counter(3), [3]byte{1, 2, 3}, struct{ X, Y int16 }{1, 2}, Big{S: "b"}}
	for _, v := range vals {
		fmt.Printf("%T=%v ", v, v)
	}
	fmt.Println()
	fmt.Println(asAny(int8(-8)).(int8), asAny(uint64(1<<63)).(uint64), asAny(float32(1.25)).(float32),
		asAny(complex64(1+2i)).(complex64), asAny("x").(string), asAny(Counter(9)).(Counter).Name())

	// eface -> iface by assertion, iface -> iface by assertion
	var any interface{} = Counter(7)
	nm := any.(Namer)
	fmt.Println(nm.Name())
	_, isShape := any.(Shape)
	fmt.Println(isShape)
	var sh Shape = Rect{3, 3}
	ar := sh.(Areaer)
	fmt.Println(ar.Area())
	nm2, ok := sh.(Namer)
	fmt.Println(nm2.Name(), ok)
	back, ok := ar.(Shape)
	fmt.Println(back.Name(), ok)

	// conversions of nil
	var nilS Shape
	var nilN Namer = nilS
	var nilE interface{} = nilS
	fmt.Println(nilN == nil, nilE == nil)
	nilE = nilN
	fmt.Println(nilE == nil)

	// interfaces inside composite values
	shapes := []Shape{Rect{1, 2}, &Circle{1}, &Rect{2, 2}}
	total := 0.0
	for _, x := range shapes {
		total += x.Area()
	}
	fmt.Println(total, len(shapes))
	byName := map[string]Namer{"a": Counter(1), "b": Rect{7, 1}, "c": big}
	fmt.Println(byName["a"].Name(), byName["b"].Name(), byName["c"].Name())
	type Holder struct {
		N Namer
		E interface{}
	}
	h := Holder{Counter(2), Counter(3)}
	fmt.Println(h.N.Name(), h.E.(Namer).Name())
	h2 := h
	h2.N = Rect{9, 9}
	fmt.Println(h.N.Name(), h2.N.Name())

	// converting a func, slice, map and pointer
	f := func(x int) int { return x * 2 }
	var ef interface{} = f
	fmt.Println(ef.(func(int) int)(21))
	sl := []int{1, 2}
	var es interface{} = sl
	sl[0] = 100 // the slice header is copied, the array shared
	fmt.Println(es.([]int)[0])
	mp := map[string]int{}
	var em interface{} = mp
	mp["k"] = 1
	fmt.Println(em.(map[string]int)["k"])
	x := 5
	var ep interface{} = &x
	*ep.(*int) = 6
	fmt.Println(x)

	// untyped constants take their default type
	var ui interface{} = 1 << 10
	var uf interface{} = 1.0
	var uc interface{} = 'c'
	var ub interface{} = 1 < 2
	var ux interface{} = 2i
	fmt.Printf("%T %T %T %T %T\n", ui, uf, uc, ub, ux)
}
