// run

package main

import "fmt"

func counter() *int {
	n := 0 // escapes: lives on after the call
	return &n
}

func incr(p *int) { *p++ }

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	x := 10
	p := &x
	*p = 20
	fmt.Println(x, *p, p == &x)
	incr(p)
	incr(&x)
	fmt.Println(x)
	c1 := counter()
	c2 := counter()
	incr(c1)
	incr(c1)
	incr(c2)
	fmt.Println(*c1, *c2, c1 == c2)
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)
	// pointers to loop variables: Go 1.19 has one variable per loop
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, q := range ptrs {
		fmt.Print(*q, " ")
	}
	fmt.Println(ptrs[0] == ptrs[2])
	// a fresh variable per iteration with an explicit copy
	ptrs = nil
	for i := 0; i < 3; i++ {
		i := i
		ptrs = append(ptrs, &i)
	}
	for _, q := range ptrs {
		fmt.Print(*q, " ")
	}
	fmt.Println(ptrs[0] == ptrs[2])
	// pointer to pointer
	pp := &p
	**pp = 99
	fmt.Println(x, **pp == *p)
	y := 5
	*pp = &y
	fmt.Println(*p, x)
	// pointers to different types
	s := "str"
	ps := &s
	*ps += "ing"
	f := 1.5
	pf := &f
	*pf *= 4
	bs := []int{1, 2}
	pb := &bs
	*pb = append(*pb, 3)
	fmt.Println(s, f, bs, len(*pb))
	// nil pointer comparisons
	var np *int
	fmt.Println(np == nil, p != nil)
	// address of a parameter
	g := func(v int) *int { return &v }
	r1, r2 := g(1), g(2)
	fmt.Println(*r1, *r2, r1 != r2)
}
