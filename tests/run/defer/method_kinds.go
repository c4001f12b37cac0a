// run

package main

import "fmt"

// Deferred calls of promoted methods, interface methods through embedded
// interfaces, value-receiver methods that change their copy, and functions
// whose results are discarded.

type base struct{ id int }

func (b base) describe(tag string) { fmt.Println(tag, "base", b.id) }
func (b *base) bump()              { b.id++ }

type derived struct {
	base
	name string
}

type describer interface{ describe(tag string) }

type value struct{ n int }

func (v value) setAndPrint(n int) {
	v.n = n
	fmt.Println("copy set to", v.n)
}

func twoResults(s string) (int, string) {
	fmt.Println("results discarded:", s)
	return len(s), s
}

func promoted() {
	d := derived{base{1}, "d"}
	defer d.describe("promoted value method, copy at defer:")
	defer d.bump()
	defer d.base.describe("explicit embedded field:")
	d.id = 10
}

func (b *base) show(tag string) { fmt.Println(tag, "base via pointer", b.id) }

type shower interface{ show(tag string) }
type bumpShower interface {
	shower
	bump()
}

// Interfaces holding *derived use pointer-receiver methods only: with a
// promoted value method, Go 1.19's devirtualization copies the receiver at
// the defer statement (golang/go#52072), which the spec does not allow.
func throughInterface() {
	d := &derived{base{20}, "d"}
	var bs bumpShower = d
	defer bs.show("embedded interface method:")
	defer bs.bump()
	var s shower = bs
	defer s.show("converted interface:")
	var ds describer = *d // a value: copied at conversion
	defer ds.describe("interface holding a copy:")
	d.id = 30
}

func valueCopy() {
	v := value{1}
	defer v.setAndPrint(5)
	defer func() { fmt.Println("original still", v.n) }()
}

func discarded() {
	defer twoResults("abc")
	defer fmt.Sprintf("%d", 1)
	fmt.Println("discarded body")
}

func main() {
	promoted()
	throughInterface()
	valueCopy()
	discarded()
}
