// compile

package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

type Flags uint

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10 // 0, 0
	c, d                   // 1, 10
	e, f                   // 2, 20
)

const (
	x = "s"
	y // repeats "s"
	z = iota
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d] }

func main() {
	var arr [GB / MB]byte
	_ = arr
	println(Monday.String(), FlagC, KB, c, d, e, f, x, y, z, Thursday)
	println(FlagA|FlagB, Sunday, Tuesday, a, b)
}
