// run

// Fixture for tests/run.py --selftest: a panic with a goroutine trace, exit status 2.
package main

type T struct{ a []int }

//go:noinline
func (t *T) get(i int) int { return t.a[i] }

func main() {
	t := &T{a: []int{1, 2, 3}}
	println(t.get(5))
}
