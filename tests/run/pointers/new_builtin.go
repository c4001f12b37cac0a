// run

package main

import "fmt"

type node struct {
	val         int
	left, right *node
}

func main() {
	i := new(int)
	f := new(float64)
	s := new(string)
	b := new(bool)
	fmt.Println(*i, *f, *s == "", *b)
	*i, *f, *s, *b = 42, 2.5, "hi", true
	fmt.Println(*i, *f, *s, *b)
	n := new(node)
	fmt.Println(n.val, n.left == nil, n.right == nil)
	n.left = new(node)
	n.left.val = 5
	fmt.Println(n.left.val, *n.left)
	arr := new([5]int)
	for k := range arr {
		arr[k] = k * k
	}
	fmt.Println(*arr, arr[4])
	sl := new([]int)
	fmt.Println(*sl == nil, len(*sl))
	*sl = append(*sl, 1, 2)
	fmt.Println(*sl)
	pp := new(*int)
	fmt.Println(*pp == nil)
	*pp = i
	**pp = 7
	fmt.Println(*i)
	// new returns distinct objects even for zero-size types
	type empty struct{}
	e1 := new(empty)
	fmt.Println(*e1)
	// new of a named integer type
	type celsius float64
	c := new(celsius)
	*c = 36.6
	*c += 0.5
	fmt.Printf("%.1f %T\n", *c, *c)
	cp := new(complex128)
	*cp = 1 + 1i
	*cp *= *cp
	fmt.Println(*cp)
	// a counter shared through new
	counts := [3]*int{new(int), new(int), new(int)}
	for k := 0; k < 10; k++ {
		*counts[k%3]++
	}
	fmt.Println(*counts[0], *counts[1], *counts[2])
}
