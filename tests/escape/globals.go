// escape
package main

type T struct {
	p *int
	s []int
}

var (
	gp   *int
	gT   T
	gTs  []T
	gArr [4]*int
	gMap = map[string]*int{}
	gf   func()
	gch  = make(chan *int, 4)
)

func toGlobal() {
	a := 1
	gp = &a
}

func toGlobalField() {
	b := 2
	gT.p = &b
	gT.s = make([]int, 2)
}

func toGlobalArr() {
	c := 3
	gArr[1] = &c
}

func toGlobalMap() {
	d := 4
	gMap["d"] = &d
}

func toGlobalSlice() {
	e := 5
	gTs = append(gTs, T{p: &e})
}

func toGlobalFunc() {
	f := 6
	gf = func() { f++ }
}

func toGlobalChan() {
	g := 7
	gch <- &g
}

func fromGlobal() int {
	return *gp
}

func main() {
	toGlobal()
	toGlobalField()
	toGlobalArr()
	toGlobalMap()
	toGlobalSlice()
	toGlobalFunc()
	toGlobalChan()
	gf()
	println(fromGlobal(), *gT.p, *gArr[1], *gMap["d"], *gTs[0].p, *<-gch)
}
