// run

package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("Base(%d)", b.ID) }
func (b *Base) SetID(id int)    { b.ID = id }
func (b Base) Kind() string     { return "base" }

type Mid struct {
	Base
	Name string
}

func (m Mid) Kind() string { return "mid" }

type Top struct {
	*Mid
	Extra int
}

func (t Top) Describe() string { return "Top wraps " + t.Mid.Describe() }

type Describer interface{ Describe() string }
type Kinder interface{ Kind() string }
type IDSetter interface{ SetID(int) }

func main() {
	m := Mid{Base{1}, "m"}
	fmt.Println(m.Describe(), m.Kind(), m.Base.Kind())
	m.SetID(2)
	fmt.Println(m.ID, m.Base.ID)
	t := Top{&m, 9}
	fmt.Println(t.Describe(), t.Kind(), t.ID, t.Name)
	t.SetID(3)
	fmt.Println(m.ID, t.ID)
	ds := []Describer{m, &m, t, &t, Base{7}}
	for _, d := range ds {
		fmt.Println(d.Describe())
	}
	ks := []Kinder{m, t, Base{}, &Base{}}
	for _, k := range ks {
		fmt.Print(k.Kind(), " ")
	}
	fmt.Println()
	// method set: Top has SetID via *Mid even as a value
	var s IDSetter = t
	s.SetID(42)
	fmt.Println(m.ID)
	var s2 IDSetter = &m
	s2.SetID(43)
	fmt.Println(m.ID)
	_, ok := interface{}(m).(IDSetter)
	_, ok2 := interface{}(&m).(IDSetter)
	fmt.Println(ok, ok2)
	// depth: shallower wins
	type L1 struct{ Base }
	type L2 struct {
		L1
		ID string
	}
	l := L2{L1{Base{5}}, "shallow"}
	fmt.Println(l.ID, l.L1.ID, l.Describe())
}
