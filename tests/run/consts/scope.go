// run

package main

import "fmt"

const Version = "1.0"
const Answer = 42

type Unit int

const (
	U1 Unit = 1 + iota
	U2
	U3
)

func main() {
	fmt.Println(Version, Answer)
	const Answer = "shadowed"
	fmt.Println(Answer)
	{
		const Answer = 3.14
		fmt.Println(Answer * 2)
	}
	fmt.Println(Answer)
	for i := 0; i < 2; i++ {
		const step = 5
		fmt.Println(i * step)
	}
	var arr [U3]string
	fmt.Println(len(arr), U1+U2, U3*U3)
	fmt.Printf("%T %v\n", U2*2, U2*2)
	const (
		a = iota
		b
	)
	const c = iota
	fmt.Println(a, b, c)
	type T struct{ n [U2]int }
	var t T
	fmt.Println(len(t.n))
	// constant used as different types
	const k = 10
	var i8 int8 = k
	var f float64 = k
	var c128 complex128 = k
	var u uintptr = k
	fmt.Println(i8, f, c128, u)
	fmt.Println(k/3, k/3.0, k%3)
}
