// run

// Attacks: natives that call back into Go while the caller's frame
// allocations (the ... slice of fmt's arguments, boxed values) must stay
// put: String methods with their own frame allocations that panic (fmt
// recovers them), sort.Slice's less function allocating and panicking out
// through the native into a recovering caller.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type bad struct{ n int }

func (b bad) String() string {
	x := [4]int{b.n, b.n, b.n, b.n}
	p := &x
	if b.n%2 == 1 {
		panic(fmt.Sprint("odd ", p[0]))
	}
	return fmt.Sprint("even ", p[3])
}

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

func viaFmt(n int) int {
	local := [3]int{n, n + 1, n + 2}
	p := &local
	fmt.Println(bad{n}, bad{n + 1}, p[1])
	s := fmt.Sprintf("%v|%s|%d", bad{n + 1}, bad{n}, p[2])
	clobber(n)
	return p[0] + p[1] + p[2] + len(s)
}

func viaSort() (r int) {
	xs := []int{5, 2, 8, 1}
	keep := [2]int{7, 9}
	kp := &keep
	defer func() {
		if e := recover(); e != nil {
			r = kp[0]*100 + kp[1] + clobber(0)
		}
	}()
	sort.Slice(xs, func(i, j int) bool {
		y := [2]int{xs[i], xs[j]}
		q := &y
		if q[0]+q[1] == 9 {
			panic("in less")
		}
		return q[0] < q[1]
	})
	return -1
}

func viaBuilder(n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		b := []byte{byte('a' + i)}
		sb.Write(b)
		fmt.Fprint(&sb, bad{2 * i})
	}
	return sb.String()
}

func main() {
	fmt.Println(viaFmt(1), viaFmt(2))
	fmt.Println(viaSort())
	s := viaBuilder(3)
	clobber(5)
	fmt.Println(s)
}
