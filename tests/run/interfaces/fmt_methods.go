// run

package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type PtrStr struct{ n int }

func (p *PtrStr) String() string { return fmt.Sprint("PtrStr#", p.n) }

type Both struct{}

func (Both) String() string { return "string-method" }
func (Both) Error() string  { return "error-method" } // Error wins over String

type ErrCode int

func (e ErrCode) Error() string { return fmt.Sprintf("error code %d", int(e)) }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Wrapper struct {
	P    Point
	T    Temp
	p    Point // unexported: fmt does not call String on it
	Err  error
	Name string
}

type Gostr struct{}

func (Gostr) GoString() string { return "Gostr!" }
func (Gostr) String() string   { return "gostr" }

type List []Temp

func (l List) String() string { return fmt.Sprintf("%d temps", len(l)) }

func main() {
	t := Temp(21.5)
	fmt.Println(t)
	fmt.Printf("%v %s %d %.2f %q %x\n", t, t, t, t, t, t)
	fmt.Printf("%+v %#v %T\n", t, t, t)
	fmt.Println(fmt.Sprint(t), fmt.Sprintf("[%10s]", t), fmt.Sprintf("[%-10v]", t))

	// pointer receiver: only the pointer is a Stringer
	p := PtrStr{3}
	fmt.Println(p, &p)
	fmt.Printf("%v %v %+v\n", p, &p, p)

	// error has priority over String
	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, Both{})

	var e error = ErrCode(404)
	fmt.Println(e)
	fmt.Printf("%v|%s|%d|%q|%x\n", e, e, e, e, e)
	fmt.Println(ErrCode(5), int(ErrCode(5)))

	// inside composite values
	fmt.Println([]Temp{1, 2}, map[string]Temp{"a": 3}, [1]Point{{1, 2}}, &Point{3, 4})
	fmt.Println([]fmt.Stringer{t, Point{5, 6}, nil}, []error{e, nil})
	w := Wrapper{Point{1, 2}, 30, Point{7, 8}, errors.New("boom"), "w"}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Printf("%#v\n", Point{1, 2})
	fmt.Println(List{1, 2, 3}, []List{{1}})
	fmt.Println(map[Point]ErrCode{{1, 1}: 7})

	// GoStringer
	fmt.Printf("%v %#v %s\n", Gostr{}, Gostr{}, Gostr{})

	// wrapped errors
	base := ErrCode(1)
	wrapped := fmt.Errorf("op failed: %w", base)
	fmt.Println(wrapped, errors.Is(wrapped, base), errors.Unwrap(wrapped) == base)
	var target ErrCode
	fmt.Println(errors.As(wrapped, &target), target)

	// a value whose String returns another Stringer's string
	fmt.Printf("%s and %v\n", Point{9, 9}, []*PtrStr{{1}, {2}})

	// Stringer via an interface-typed variable and via print/println (no methods)
	var s fmt.Stringer = t
	fmt.Println(s)
	println(Point{1, 2}.String())
	// %v on a nil Stringer interface
	var ns fmt.Stringer
	fmt.Println(ns)
	fmt.Printf("%v %s %d\n", ns, ns, ns)
}
