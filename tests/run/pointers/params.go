// run

package main

import "fmt"

func swap(a, b *int) { *a, *b = *b, *a }

func swapVal(a, b int) { a, b = b, a }

func divmod(a, b int, q, r *int) {
	*q = a / b
	*r = a % b
}

type Config struct {
	Name    string
	Retries int
}

func setDefaults(c *Config) {
	if c.Name == "" {
		c.Name = "default"
	}
	if c.Retries == 0 {
		c.Retries = 3
	}
}

func resetPtr(p *int) {
	p = nil
	_ = p
}

func setViaPP(pp **int, v *int) { *pp = v }

func minmax(xs []int, lo, hi *int) {
	*lo, *hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < *lo {
			*lo = x
		}
		if x > *hi {
			*hi = x
		}
	}
}

func main() {
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)
	swapVal(a, b)
	fmt.Println(a, b)
	var q, r int
	divmod(17, 5, &q, &r)
	fmt.Println(q, r)
	divmod(-17, 5, &q, &r)
	fmt.Println(q, r)
	c1 := Config{}
	c2 := Config{Name: "custom", Retries: 7}
	setDefaults(&c1)
	setDefaults(&c2)
	fmt.Println(c1, c2)
	x := 5
	px := &x
	resetPtr(px)
	fmt.Println(px != nil, *px)
	y := 42
	setViaPP(&px, &y)
	fmt.Println(*px, px == &y)
	var lo, hi int
	minmax([]int{3, -7, 12, 0, 9, -2}, &lo, &hi)
	fmt.Println(lo, hi)
	// pointer to slice element becomes stale after reallocation
	s := make([]int, 1, 1)
	p0 := &s[0]
	*p0 = 5
	s = append(s, 6)
	*p0 = 100
	fmt.Println(s, *p0)
	// pointer to array element in a struct
	type Holder struct{ vals [3]int }
	h := Holder{}
	pv := &h.vals[1]
	*pv = 9
	fmt.Println(h)
	// swap struct fields by pointer
	type P struct{ A, B string }
	pst := &P{"left", "right"}
	pst.A, pst.B = pst.B, pst.A
	fmt.Println(*pst)
	// bubble sort through pointer helper
	arr := []int{5, 1, 4, 2, 3}
	for i := range arr {
		for j := 0; j+1 < len(arr)-i; j++ {
			if arr[j] > arr[j+1] {
				swap(&arr[j], &arr[j+1])
			}
		}
	}
	fmt.Println(arr)
}
