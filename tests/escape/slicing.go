// escape
package main

var gs []int

func sliceLocal() int {
	var a [8]int
	s := a[:]
	s[0] = 1
	return s[0]
}

func sliceRet() []int {
	var a [4]int
	return a[1:3]
}

func sliceGlobal() {
	var a [4]int
	gs = a[:]
}

func slicePtrArray(p *[4]int) []int {
	return p[:2]
}

func sliceOfSlice(s []int) []int {
	return s[1:]
}

func fullSlice(s []int) []int {
	return s[0:1:1]
}

func arrayPtr() *[3]int {
	a := [3]int{1, 2, 3}
	return &a
}

func arrayValue() [3]int {
	a := [3]int{4, 5, 6}
	return a
}

func sliceToArrayPtr(s []int) *[2]int {
	return (*[2]int)(s)
}

func main() {
	var arr [4]int
	println(sliceLocal(), len(sliceRet()), len(slicePtrArray(&arr)))
	sliceGlobal()
	s := []int{1, 2, 3}
	println(len(sliceOfSlice(s)), len(fullSlice(s)), arrayPtr()[0], arrayValue()[1], sliceToArrayPtr(s)[1])
}
