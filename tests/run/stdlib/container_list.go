// run

// container/list: every method of List and Element, including the moves
// that are no-ops, operations with elements of another list (ignored), and
// pushing a list onto itself.

package main

import (
	"container/list"
	"fmt"
)

func show(name string, l *list.List) {
	fmt.Print(name, " len=", l.Len(), " [")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" ] back:")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	var zero list.List // usable without Init
	fmt.Println(zero.Len(), zero.Front() == nil, zero.Back() == nil)
	zero.PushBack("lazy")
	show("zero", &zero)

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	show("l", l)

	l.MoveToFront(e4)
	show("MoveToFront", l)
	l.MoveToBack(e4)
	show("MoveToBack", l)
	l.MoveBefore(e4, e1)
	show("MoveBefore", l)
	l.MoveAfter(e4, l.Back())
	show("MoveAfter", l)
	l.MoveAfter(e4, e4) // no-op
	l.MoveBefore(e1, e1)
	show("self moves", l)

	fmt.Println(l.Remove(e1), l.Len())
	fmt.Println(l.Remove(e1), l.Len()) // already removed: returns the value, list unchanged
	show("removed", l)
	fmt.Println(e1.Next() == nil, e1.Prev() == nil)

	// Elements of another list are ignored.
	other := list.New()
	o := other.PushBack("other")
	fmt.Println(l.Remove(o), other.Len())
	fmt.Println(l.InsertBefore(9, o) == nil, l.InsertAfter(9, o) == nil)
	l.MoveToFront(o)
	l.MoveAfter(o, l.Front())
	show("after foreign ops", l)

	// PushBackList / PushFrontList, including a list onto itself.
	a := list.New()
	for i := 1; i <= 3; i++ {
		a.PushBack(i)
	}
	b := list.New()
	b.PushBack("x")
	b.PushBack("y")
	a.PushBackList(b)
	a.PushFrontList(b)
	show("a", a)
	a.PushBackList(a)
	show("a+a", a)
	a.PushFrontList(a)
	fmt.Println(a.Len())

	// Init clears; removing while iterating.
	a.Init()
	show("init", a)
	for i := 0; i < 10; i++ {
		a.PushBack(i)
	}
	var next *list.Element
	for e := a.Front(); e != nil; e = next {
		next = e.Next()
		if e.Value.(int)%3 == 0 {
			a.Remove(e)
		}
	}
	show("filtered", a)

	// Values of any type, and changing them in place.
	m := list.New()
	m.PushBack(struct{ X, Y int }{1, 2})
	m.PushBack([]string{"s"})
	m.PushBack(nil)
	m.Front().Value = 3.5
	show("mixed", m)
}
