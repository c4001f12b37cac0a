// run

package main

import "fmt"

// Initialisation order follows references through function bodies.
var A = useB()
var B = useC() + 1
var C = initC()
var D = E * 2
var E = len(names)
var names = []string{"x", "y", "z"}
var table = buildTable()
var lookup = table[2]

func useB() int {
	fmt.Println("useB sees B =", B)
	return B * 10
}

func useC() int {
	fmt.Println("useC sees C =", C)
	return C + 5
}

func initC() int {
	fmt.Println("initC")
	return 7
}

func buildTable() []string {
	fmt.Println("buildTable sees names", names)
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n + n
	}
	return out
}

type registry struct{ items []string }

func (r *registry) add(s string) *registry {
	r.items = append(r.items, s)
	return r
}

var reg = (&registry{}).add("one").add(fmt.Sprint("two:", A))

func main() {
	fmt.Println(A, B, C, D, E, lookup)
	fmt.Println(reg.items)
}
