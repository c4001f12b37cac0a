// run

// Attacks: addresses of parts of frame objects leaked: &a[i] of a local
// array, &s.f of a local struct, &s.arr[i] of an array inside a struct,
// slices of local arrays (a[i:j]), kept in a package-level map, a global
// slice, returned, or written through the caller's pointer.
package main

import "fmt"

type rec struct {
	id  int
	arr [4]int
	in  struct{ x, y int }
}

var registry = map[string]*int{}
var slices [][]int

// clobber's frame allocation reuses the memory released frames had.
func clobber(n int) (s int) {
	var a [64]int
	p := &a
	for i := range p {
		p[i] = n*1000 + i
		s += p[i]
	}
	return
}

func register(name string, p *int) { registry[name] = p }

func elems(n int) *int {
	a := [5]int{n, n + 1, n + 2, n + 3, n + 4}
	register("a3", &a[3])
	slices = append(slices, a[1:3])
	return &a[4]
}

func fields(n int, out **int) *int {
	var r rec
	r.id, r.arr[2], r.in.y = n, n*2, n*3
	register("id", &r.id)
	*out = &r.in.y
	return &r.arr[2]
}

func nested(n int) []int {
	var grid [3][3]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = n + i*3 + j
		}
	}
	row := &grid[1]
	register("g22", &grid[2][2])
	return row[:]
}

func main() {
	e := elems(10)
	var y *int
	f := fields(20, &y)
	g := nested(30)
	clobber(8)
	fmt.Println(*e, *f, *y, g, *registry["a3"], *registry["id"], *registry["g22"], slices)
}
