// escape
package main

var keep []*int

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func keepAll(ps ...*int) {
	keep = ps
}

func keepFirst(ps ...*int) *int {
	return ps[0]
}

func count(xs ...string) int {
	return len(xs)
}

func forward(xs ...int) int {
	return sum(xs...)
}

func main() {
	println(sum(1, 2, 3), sum(), count("a", "b"))
	s := []int{4, 5}
	println(sum(s...), forward(6, 7))
	a, b := 1, 2
	keepAll(&a, &b)
	c := 3
	println(*keepFirst(&c, nil))
}
