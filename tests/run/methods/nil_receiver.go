// run

package main

import "fmt"

type IntList struct {
	Val  int
	Next *IntList
}

func (l *IntList) Sum() int {
	if l == nil {
		return 0
	}
	return l.Val + l.Next.Sum()
}

func (l *IntList) Len() int {
	n := 0
	for ; l != nil; l = l.Next {
		n++
	}
	return n
}

func (l *IntList) Prepend(v int) *IntList { return &IntList{v, l} }

func (l *IntList) String() string {
	if l == nil {
		return "nil"
	}
	return fmt.Sprintf("%d:%v", l.Val, l.Next)
}

type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{V: v}
	}
	if v < t.V {
		t.L = t.L.Insert(v)
	} else {
		t.R = t.R.Insert(v)
	}
	return t
}

func (t *Tree) Size() int {
	if t == nil {
		return 0
	}
	return 1 + t.L.Size() + t.R.Size()
}

func (t *Tree) Min() (int, bool) {
	if t == nil {
		return 0, false
	}
	for t.L != nil {
		t = t.L
	}
	return t.V, true
}

func main() {
	var l *IntList
	fmt.Println(l.Sum(), l.Len(), l)
	l = l.Prepend(3).Prepend(2).Prepend(1)
	fmt.Println(l.Sum(), l.Len(), l)
	var t *Tree
	fmt.Println(t.Size())
	fmt.Println(t.Min())
	for _, v := range []int{5, 2, 8, 1, 9, 3} {
		t = t.Insert(v)
	}
	fmt.Println(t.Size())
	fmt.Println(t.Min())
	fmt.Println(t.L.Size(), t.R.Size(), t.L.L.L.Size())
	var s fmt.Stringer = l
	fmt.Println(s.String())
	var nl *IntList
	s = nl
	fmt.Println(s == nil, s.String())
}
