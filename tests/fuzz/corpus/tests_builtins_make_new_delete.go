// compile

package main

type Set map[string]struct{}

type Queue chan int

type Buf []byte

type T struct {
	a int
	b []string
}

const size = 8

func main() {
	var n int
	var u16 uint16 = 3
	s1 := make([]int, 10)
	s2 := make([]int, 0, 10)
	s3 := make([]string, n, n+5)
	s4 := make(Buf, size, 2*size)
	s5 := make([]int, u16, 'a')
	s6 := make([]byte, 2.0, 1e1)
	m1 := make(map[string]int)
	m2 := make(map[int][]int, 100)
	set := make(Set, u16)
	c1 := make(chan int)
	c2 := make(chan<- string, 3)
	c3 := make(Queue, n)
	var rc <-chan bool = make(chan bool)

	p := new(int)
	*p = 5
	pt := new(T)
	pt.a = *p
	pt.b = append(pt.b, "x")
	pp := new(*T)
	*pp = pt
	ps := new([]int)
	*ps = append(*ps, 1)
	pf := new(func(int) int)
	pa := new([4]byte)
	pa[0] = 1

	m1["a"] = 1
	delete(m1, "a")
	delete(m1, "missing")
	delete(m2, 7)
	delete(set, "k")
	var k byte = 'k'
	delete(m2, int(k))
	type key struct{ x, y int }
	mk := map[key]string{}
	delete(mk, key{1, 2})
	mi := map[interface{}]int{}
	delete(mi, 1)
	delete(mi, "s")

	close(c1)
	close(c2)
	close(c3)
	_, _, _, _, _, _, _, _ = s1, s2, s3, s4, s5, s6, rc, pf
}
