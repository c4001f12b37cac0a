// escape
package main

type list struct {
	v    int
	next *list
}

var glist *list

func length(l *list) int {
	if l == nil {
		return 0
	}
	return 1 + length(l.next)
}

func last(l *list) *list {
	if l.next == nil {
		return l
	}
	return last(l.next)
}

func even(p *int, n int) bool {
	if n == 0 {
		return true
	}
	return odd(p, n-1)
}

func odd(p *int, n int) bool {
	if n == 0 {
		return false
	}
	return even(p, n-1)
}

func ping(p *int, n int) {
	if n == 0 {
		glist = &list{v: *p}
		return
	}
	pong(p, n-1)
}

func pong(p *int, n int) {
	ping(p, n)
}

func build(n int) *list {
	if n == 0 {
		return nil
	}
	return &list{v: n, next: build(n - 1)}
}

func mutA(p *int, n int) *int {
	if n == 0 {
		return p
	}
	return mutB(p, n-1)
}

func mutB(p *int, n int) *int {
	return mutA(p, n)
}

func main() {
	l := build(3)
	x, y := 1, 2
	println(length(l), last(l).v, even(&x, 4), odd(&x, 3))
	ping(&y, 2)
	z := 9
	println(*mutA(&z, 3), glist.v)
}
