// run

package main

import "fmt"

type Speaker interface{ Speak() string }
type Mover interface{ Move() string }
type Both interface {
	Speaker
	Mover
}

type Base struct{ name string }

func (b Base) Speak() string { return b.name + " speaks" }
func (b *Base) Move() string { b.name += "+"; return b.name + " moves" }

// promotion through an embedded struct
type Derived struct {
	Base
	extra int
}

// promotion through an embedded pointer
type PtrDerived struct {
	*Base
}

// two levels of embedding
type Deep struct {
	Derived
}

// shadowing: Speak is overridden at the outer level
type Loud struct {
	Base
}

func (l Loud) Speak() string { return "LOUD " + l.Base.Speak() }

// embedding an interface in a struct
type Wrapper struct {
	Speaker
	n int
}

type Quiet struct{}

func (Quiet) Speak() string { return "..." }

func main() {
	d := Derived{Base{"d"}, 1}
	var s Speaker = d // Derived's set has Speak (from Base)
	fmt.Println(s.Speak())
	var b Both = &d // *Derived has Speak and Move
	fmt.Println(b.Move(), b.Speak(), d.name)
	_, ok := interface{}(d).(Mover)
	fmt.Println("Derived is Mover:", ok)
	_, ok = interface{}(&d).(Mover)
	fmt.Println("*Derived is Mover:", ok)

	// *Base embedded: both methods are in PtrDerived's value method set
	pd := PtrDerived{&Base{"p"}}
	var b2 Both = pd
	fmt.Println(b2.Move(), b2.Speak(), pd.name)
	_, ok = interface{}(pd).(Both)
	fmt.Println("PtrDerived is Both:", ok)

	deep := &Deep{Derived{Base{"deep"}, 2}}
	var b3 Both = deep
	fmt.Println(b3.Speak(), b3.Move())
	_, ok = interface{}(*deep).(Both)
	fmt.Println("Deep is Both:", ok)

	var l Speaker = Loud{Base{"l"}}
	fmt.Println(l.Speak())
	var lp Speaker = &Loud{Base{"lp"}}
	fmt.Println(lp.Speak())

	w := Wrapper{Quiet{}, 1}
	var ws Speaker = w
	fmt.Println(ws.Speak())
	w.Speaker = Base{"inner"}
	fmt.Println(w.Speak(), ws.Speak())
	var wp Speaker = &w
	fmt.Println(wp.Speak())

	// values in interfaces are copies: Move on a copy via the pointer receiver
	base := Base{"v"}
	var mv Mover = &base
	mv.Move()
	fmt.Println(base.name)

	// method expressions and pointer method expressions
	f := Base.Speak
	g := (*Base).Move
	h := (*Base).Speak
	bb := Base{"x"}
	fmt.Println(f(bb), g(&bb), h(&bb))
	fs := Speaker.Speak
	fmt.Println(fs(Quiet{}), fs(d))

	// a nil embedded pointer: calling the promoted method through the
	// interface works until the method dereferences it
	var nilPD PtrDerived
	var nb Both = nilPD
	fmt.Println(nb != nil)

	// type switch over the method sets
	for _, v := range []interface{}{d, &d, pd, Base{}, &Base{}, Loud{}, w} {
		switch v.(type) {
		case Both:
			fmt.Printf("%T: Both\n", v)
		case Speaker:
			fmt.Printf("%T: Speaker\n", v)
		default:
			fmt.Printf("%T: neither\n", v)
		}
	}
}
