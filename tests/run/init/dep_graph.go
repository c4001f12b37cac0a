// run

package main

import "fmt"

var order []string

func note(name string, v int) int {
	order = append(order, fmt.Sprintf("%s=%d", name, v))
	return v
}

// Declared in reverse of the order they must be initialized in.
var total = note("total", sum(parts[:]))
var parts = [3]int{note("p0", base+1), note("p1", base+2), note("p2", scale.factor*base)}
var scale = config{factor: note("factor", base/2)}
var base = note("base", seed()*2)

type config struct{ factor int }

func seed() int { return note("seed", 5) }

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

// A method value and a closure referencing later variables.
var describe = scale.String
var lazy = func() int { return late * 2 }
var viaLazy = note("viaLazy", lazy())
var late = note("late", 21)

func (c config) String() string { return fmt.Sprint("factor ", c.factor) }

// Independent variables initialize in declaration order.
var first = note("first", 1)
var second = note("second", 2)

// Multiple assignment from a function initializes both together.
var q, r = divmod(note("dividend", 47), 5)

func divmod(a, b int) (int, int) { return a / b, a % b }

func init() {
	order = append(order, "init")
}

func main() {
	for i, s := range order {
		fmt.Println(i, s)
	}
	fmt.Println(total, parts, scale, base, describe(), viaLazy, late, first, second, q, r)
}
