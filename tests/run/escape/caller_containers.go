// run

// Attacks: &local stored into caller-owned containers: a struct passed by
// pointer, a slice, a map, a buffered channel, an array of pointers, and
// copy() of pointer slices into the caller's slice.
package main

import "fmt"

type holder struct {
	p   *int
	arr [2]*[3]int
	s   []*string
}

func clobber(n int) (s int) {
	var big [200]int
	q := &big
	for i := range q {
		q[i] = n ^ i
		s += q[i]
	}
	return
}

func intoStruct(h *holder, v int) {
	x := v
	a := [3]int{v, v + 1, v + 2}
	str := fmt.Sprint("s", v)
	h.p = &x
	h.arr[v%2] = &a
	h.s = append(h.s, &str)
}

func intoSlice(dst []*int, v int) {
	for i := range dst {
		y := v + i
		dst[i] = &y
	}
}

func intoMap(m map[string]*[2]int, k string, v int) {
	pair := [2]int{v, -v}
	m[k] = &pair
}

func intoChan(c chan *int, v int) {
	z := v * 3
	c <- &z
}

func viaCopy(dst []*int, v int) int {
	a, b := v, v+1
	src := []*int{&a, &b}
	return copy(dst, src)
}

func intoArrayPtr(ap *[4]*int, v int) {
	for i := 0; i < 4; i++ {
		w := v * i
		ap[i] = &w
	}
}

func main() {
	var h holder
	intoStruct(&h, 4)
	intoStruct(&h, 7)
	ps := make([]*int, 3)
	intoSlice(ps, 40)
	m := map[string]*[2]int{}
	intoMap(m, "a", 5)
	intoMap(m, "b", 6)
	c := make(chan *int, 2)
	intoChan(c, 11)
	intoChan(c, 12)
	cp := make([]*int, 2)
	viaCopy(cp, 90)
	var ap [4]*int
	intoArrayPtr(&ap, 13)
	fmt.Println(clobber(1), clobber(2))
	fmt.Println(*h.p, *h.arr[0], *h.arr[1], *h.s[0], *h.s[1])
	fmt.Println(*ps[0], *ps[1], *ps[2], *m["a"], *m["b"], *<-c, *<-c)
	fmt.Println(*cp[0], *cp[1], *ap[0], *ap[1], *ap[2], *ap[3])
}
