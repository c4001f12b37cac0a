// escape
package main

func addrInLoop() int {
	var p *int
	for i := 0; i < 3; i++ {
		x := i
		p = &x
	}
	return *p
}

func addrInLoopLocal() int {
	s := 0
	for i := 0; i < 3; i++ {
		x := i
		p := &x
		s += *p
	}
	return s
}

func rangeAddr(xs []int) *int {
	var p *int
	for _, v := range xs {
		if v > 1 {
			p = &v
		}
	}
	return p
}

func rangeIndexAddr(xs []int) *int {
	for i := range xs {
		if xs[i] > 1 {
			return &xs[i]
		}
	}
	return nil
}

func gotoLoop() int {
	var p *int
	i := 0
loop:
	x := i
	p = &x
	i++
	if i < 3 {
		goto loop
	}
	return *p
}

func outerVar() int {
	var ps []*int
	for i := 0; i < 2; i++ {
		ps = append(ps, &i)
	}
	return *ps[0]
}

func main() {
	xs := []int{1, 2, 3}
	println(addrInLoop(), addrInLoopLocal(), *rangeAddr(xs), *rangeIndexAddr(xs), gotoLoop(), outerVar())
}
