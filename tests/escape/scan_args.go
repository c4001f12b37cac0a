// escape

package main

import (
	"fmt"
	"strings"
)

func f(s string) int {
	var x int
	var y string
	fmt.Sscan(s, &x, &y)
	return x + len(y)
}

func g(s string) int {
	var x int
	fmt.Fscan(strings.NewReader(s), &x)
	return x
}

func h() int {
	var x int
	fmt.Scan(&x)
	fmt.Sscanf("1", "%d", &x)
	return x
}

func main() {
	println(f("1 a"), g("2"), h())
	k(nil, "%d")
	l()
}

type rd struct{ b []byte }

func (r *rd) Read(p []byte) (int, error) { return copy(p, r.b), nil }

func k(b []byte, format string) (int, string) {
	var n int
	var s string
	fmt.Fscanf(&rd{b}, format, &n, &s)
	fmt.Fscanln(&rd{b}, &s)
	fmt.Sscanln(string(b), &n)
	return n, s
}

func l() {
	var x int
	fmt.Scanln(&x)
	fmt.Scanf("%d", &x)
}
