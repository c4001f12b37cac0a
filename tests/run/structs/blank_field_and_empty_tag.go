// run

package main

import "fmt"

var n int

func side() int { n++; return 7 }

type S struct{ a, _, c int }

func main() {
	x := struct{ a, _, c int }{1, 2, 3}
	y := S{1, side(), 3}
	fmt.Println(x, y, n, y == S{1, 0, 3})
	a := &struct{ x int }{}
	b := &struct{ x int "" }{}
	a = b
	fmt.Printf("%T %v\n", b, a)
}
