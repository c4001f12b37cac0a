// run

package main

import "fmt"

type Inner struct {
	Vals [3]int
	Name string
}

type Outer struct {
	In    Inner
	Ptr   *Inner
	Count int
}

type Key struct {
	A string
	B int
	C bool
}

func modify(o Outer) Outer {
	o.In.Vals[0] = 100
	o.Ptr.Vals[0] = 200
	o.Count++
	return o
}

func main() {
	shared := &Inner{Name: "shared"}
	o1 := Outer{In: Inner{[3]int{1, 2, 3}, "in"}, Ptr: shared, Count: 1}
	o2 := modify(o1)
	fmt.Println(o1.In.Vals, o1.Ptr.Vals, o1.Count)
	fmt.Println(o2.In.Vals, o2.Ptr.Vals, o2.Count)
	fmt.Println(o1.Ptr == o2.Ptr, o1 == o2)
	o3 := o1
	fmt.Println(o1 == o3)
	o3.Ptr = &Inner{Name: "shared"}
	fmt.Println(o1 == o3, *o1.Ptr == *o3.Ptr)
	k1 := Key{"x", 1, true}
	k2 := Key{"x", 1, true}
	k3 := Key{"x", 2, true}
	fmt.Println(k1 == k2, k1 == k3, k1 != k3)
	keys := []Key{k1, k3, {"y", 1, false}, k2}
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keys[i] == keys[j] {
				fmt.Println("duplicate", i, j, keys[i])
			}
		}
	}
	// struct containing interface values
	type Box struct{ V interface{} }
	fmt.Println(Box{1} == Box{1}, Box{1} == Box{1.0}, Box{"a"} == Box{"a"}, Box{nil} == Box{})
	// swap structs
	a, b := Key{"a", 1, false}, Key{"b", 2, true}
	a, b = b, a
	fmt.Println(a, b)
	// assignment through slice element copies
	arr := []Inner{{Name: "x"}}
	tmp := arr[0]
	tmp.Name = "y"
	fmt.Println(arr[0].Name, tmp.Name)
	arr[0].Vals[2] = 9
	fmt.Println(arr[0])
	// empty struct
	type E struct{}
	fmt.Println(E{} == E{}, struct{}{} == struct{}{})
	es := make([]E, 3)
	fmt.Println(len(es), es)
}
