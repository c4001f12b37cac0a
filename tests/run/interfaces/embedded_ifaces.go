// run

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type Closer interface{ Close() error }

type ReadWriter interface {
	Reader
	Writer
}

type ReadWriteCloser interface {
	ReadWriter
	Closer
	Name() string
}

// overlapping embedded method sets (allowed since Go 1.14)
type RC1 interface {
	Reader
	Closer
}
type RC2 interface {
	Reader
	RC1
	Read() string
}

type Buffer struct {
	data   []string
	closed bool
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buffer) Write(s string) int { b.data = append(b.data, s); return len(s) }
func (b *Buffer) Close() error      { b.closed = true; return nil }
func (b *Buffer) Name() string      { return "buffer" }

type upper struct{ Reader }

func (u upper) Read() string { return strings.ToUpper(u.Reader.Read()) }

func copyAll(dst Writer, src Reader) int {
	n := 0
	for s := src.Read(); s != ""; s = src.Read() {
		n += dst.Write(s)
	}
	return n
}

func main() {
	b := &Buffer{}
	var rwc ReadWriteCloser = b
	rwc.Write("hello")
	rwc.Write("world")
	var rw ReadWriter = rwc
	var r Reader = rw
	var w Writer = rwc
	fmt.Println(r.Read(), w.Write("again"), rwc.Name())
	var c Closer = rwc
	fmt.Println(c.Close(), b.closed)

	var rc2 RC2 = b
	var rc1 RC1 = rc2
	fmt.Println(rc1.Read(), rc2.Close())

	dst := &Buffer{}
	b.Write("x")
	fmt.Println(copyAll(dst, upper{b}), dst.data)

	// assertion between embedded interface types
	var any interface{} = b
	if x, ok := any.(ReadWriteCloser); ok {
		fmt.Println("rwc", x.Name())
	}
	_, ok := interface{}(upper{b}).(Writer)
	fmt.Println(ok)
	_, ok = interface{}(upper{b}).(Reader)
	fmt.Println(ok)

	// method sets of interfaces with embedded stdlib interfaces
	type StringerCloser interface {
		fmt.Stringer
		Closer
	}
	var sc StringerCloser = named{"n"}
	fmt.Println(sc, sc.String(), sc.Close())

	// embedding sort.Interface and overriding one method
	people := byAge{{"al", 30}, {"bo", 20}, {"cy", 25}}
	sort.Sort(sort.Reverse(people))
	fmt.Println(people)
	sort.Sort(people)
	fmt.Println(people)
	sort.Sort(byName{people})
	fmt.Println(people)
}

type named struct{ s string }

func (n named) String() string { return "named(" + n.s + ")" }
func (n named) Close() error   { return nil }

type person struct {
	name string
	age  int
}
type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type byName struct{ byAge }

func (b byName) Less(i, j int) bool { return b.byAge[i].name > b.byAge[j].name }
