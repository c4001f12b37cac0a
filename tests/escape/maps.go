// escape
package main

var gm map[*int]int

func mapLocal() int {
	m := map[string]int{}
	m["a"] = 1
	return m["a"]
}

func mapPtrValue() int {
	x := 1
	m := map[string]*int{"x": &x}
	return *m["x"]
}

func mapPtrKey() {
	y := 2
	gm[&y] = 3
}

func mapStore(m map[string]*int) {
	z := 4
	m["z"] = &z
}

func mapIterate(m map[string]*int) *int {
	for _, v := range m {
		return v
	}
	return nil
}

func mapRet() map[int][]int {
	m := make(map[int][]int)
	m[1] = []int{1}
	return m
}

func mapDelete(m map[string]*int, k string) {
	delete(m, k)
}

func main() {
	gm = make(map[*int]int)
	println(mapLocal(), mapPtrValue())
	mapPtrKey()
	m := map[string]*int{}
	mapStore(m)
	println(*mapIterate(m), len(mapRet()[1]))
	mapDelete(m, "z")
}
