// run

package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
	PB
)

type Flag uint8

const (
	FlagRead Flag = 1 << iota
	FlagWrite
	FlagExec
	FlagSticky
)

const (
	X, Y = iota, iota * 10
	Z, W
	P, Q
)

const (
	first  = "a"
	second        // repeats "a"
	third  = iota // 2
	fourth        // 3
)

const (
	c0 = iota * iota
	c1
	c2
	c3
	c4 = iota + 100
	c5
)

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

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

const single = iota

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(KB, MB, GB, TB, PB)
	fmt.Println(FlagRead, FlagWrite, FlagExec, FlagSticky)
	perm := FlagRead | FlagExec
	fmt.Printf("%04b %v %v\n", perm, perm&FlagWrite != 0, perm&FlagExec != 0)
	fmt.Println(X, Y, Z, W, P, Q)
	fmt.Println(first, second, third, fourth)
	fmt.Println(c0, c1, c2, c3, c4, c5)
	for d := Sunday; d <= Saturday; d++ {
		fmt.Print(int(d), d.Weekend(), " ")
	}
	fmt.Println()
	fmt.Printf("%T %T %T\n", Monday, FlagExec, KB)
	fmt.Println(single)
	const (
		local = iota + 'a'
		local2
	)
	fmt.Println(local, string(rune(local2)))
}
