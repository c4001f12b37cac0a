// run

package main

import "fmt"

func main() {
	x := 10
	p := &x
	fmt.Println(*p, p == &x, p != nil)
	*p = 20
	fmt.Println(x)
	pp := &p
	**pp = 30
	fmt.Println(x, *p, **pp, *pp == p)
	y := 5
	*pp = &y
	fmt.Println(*p, x, y)
	var np *int
	fmt.Println(np == nil, np)
	q := new(int)
	fmt.Println(*q, q != nil)
	*q += 7
	r := q
	*r *= 6
	fmt.Println(*q, *r, q == r)
	s := new(string)
	*s = "hello"
	*s += " pointer"
	fmt.Println(*s, len(*s))
	b := new(bool)
	fmt.Println(*b, !*b)
	f := new(float64)
	*f = 1.5
	*f *= *f
	fmt.Println(*f)
	arr := new([3]int)
	arr[1] = 4
	fmt.Println(*arr, len(arr))
	sl := new([]int)
	*sl = append(*sl, 1, 2, 3)
	fmt.Println(*sl, len(*sl))
	// distinct new allocations are distinct pointers
	a1, a2 := new(int), new(int)
	fmt.Println(a1 == a2, *a1 == *a2)
	// pointers of pointers chain
	v := 1
	p1 := &v
	p2 := &p1
	p3 := &p2
	***p3 = 99
	fmt.Println(v, ***p3 == *p1)
	// pointer arithmetic-free traversal of an array via index pointers
	nums := [5]int{1, 2, 3, 4, 5}
	ptrs := [5]*int{}
	for i := range nums {
		ptrs[i] = &nums[i]
	}
	for _, pt := range ptrs {
		*pt *= *pt
	}
	fmt.Println(nums)
	// compare pointers to fields
	type pair struct{ a, b int }
	pr := pair{1, 2}
	fmt.Println(&pr.a == &pr.a, &pr.a != &pr.b)
	pa := &pr.a
	*pa = 100
	fmt.Println(pr)
	// zero-size allocations may or may not be equal; only check non-nil
	e1 := new(struct{})
	fmt.Println(e1 != nil)
}
