// run

package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type Perm uint16

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Admin
)

const (
	a, b = iota, iota * 10 // both on the same line share iota
	c, d
	e, f
)

const (
	x0 = iota * iota
	x1
	x2
	skipped = "str" // iota still increments
	x4 = iota
	x5
)

const (
	_       = iota
	KiB int64 = 1 << (10 * iota)
	MiB
	GiB
	TiB
)

const (
	low = -iota - 1
	mid
	high
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

type Level uint8

const (
	Debug Level = iota + 1
	Info
	Warn
	Error = Warn + 10
	Fatal
)

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Print(d, "=", int(d), " ")
	}
	fmt.Println()
	fmt.Printf("%v %v %v %v\n", Monday, Friday+1, Weekday(3), Sunday)
	fmt.Println(Read, Write, Exec, Admin, Read|Write|Admin)
	p := Read | Exec
	fmt.Println(p&Write != 0, p&Exec != 0, p&^Exec)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x2, skipped, x4, x5)
	fmt.Println(KiB, MiB, GiB, TiB)
	fmt.Println(low, mid, high)
	fmt.Println(bit0, mask0, bit1, mask1, bit3, mask3)
	fmt.Println(Debug, Info, Warn, Error, Fatal)
	fmt.Printf("%T %T %T %T\n", Monday, Admin, KiB, Fatal)
	// iota restarts in every const block
	const (
		r0 = iota
		r1
	)
	const single = iota
	fmt.Println(r0, r1, single)
}
