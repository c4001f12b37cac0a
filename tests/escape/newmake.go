// escape
package main

var gp *int
var gs []int

func newLocal() int {
	p := new(int)
	*p = 3
	return *p
}

func newRet() *int {
	return new(int)
}

func newGlobal() {
	gp = new(int)
}

func makeConst() int {
	s := make([]int, 10)
	c := make([]int, 5, 20)
	m := make(map[int]int)
	m2 := make(map[int]int, 100)
	ch := make(chan int, 1)
	ch <- 1
	m[1] = 2
	m2[2] = 3
	return len(s) + cap(c) + m[1] + m2[2] + <-ch
}

func makeVar(n int) int {
	s := make([]int, n)
	c := make([]byte, 1, n)
	return len(s) + cap(c)
}

func makeLarge() int {
	s := make([]byte, 70000)
	t := make([]int, 8192)
	u := make([]int, 8193)
	return len(s) + len(t) + len(u)
}

func makeKeep() {
	gs = make([]int, 3)
}

func main() {
	println(newLocal(), *newRet(), makeConst(), makeVar(4), makeLarge())
	newGlobal()
	makeKeep()
}
