// run

package main

import "fmt"

func pair() (int, string)          { return 7, "seven" }
func triple() (a, b, c float64)     { return 1.5, 2.5, 3.5 }
func swap(x, y string) (string, string) { return y, x }
func sum3(a, b, c float64) float64  { return a + b + c }
func takePair(n int, s string) string { return fmt.Sprint(s, "=", n) }

func split(n int) (int, int) { return n / 10, n % 10 }

func chain(a, b int) (int, int) { return b, a + b }

func main() {
	n, s := pair()
	fmt.Println(n, s)
	fmt.Println(pair())
	fmt.Println(takePair(pair()))
	fmt.Println(sum3(triple()))
	a, b := swap("left", "right")
	fmt.Println(a, b)
	fmt.Println(swap(swap("x", "y")))
	// blank identifiers
	_, s2 := pair()
	n2, _ := pair()
	fmt.Println(s2, n2)
	// reuse of existing variables in :=
	x, y := 1, 2
	y, z := 3, 4
	fmt.Println(x, y, z)
	// assignment to existing variables from a call
	var q, r int
	q, r = split(93)
	fmt.Println(q, r)
	// iterate a function of two results
	p0, p1 := 0, 1
	for i := 0; i < 15; i++ {
		p0, p1 = chain(p0, p1)
	}
	fmt.Println(p0, p1)
	// multiple results into a slice via a closure
	collect := func(a, b int) []int { return []int{a, b} }
	fmt.Println(collect(split(47)), collect(chain(3, 4)))
	// results of different types
	conv := func(v int) (int8, uint16, string, bool) {
		return int8(v), uint16(v), fmt.Sprint(v), v > 0
	}
	fmt.Println(conv(300))
	fmt.Println(conv(-1))
	// variadic receiving a multi-value call
	fmt.Println(fmt.Sprint(split(42)))
}
