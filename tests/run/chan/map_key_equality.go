// run

package main

import "fmt"

// Channel values are comparable: equal when made by the same make call (or
// both nil); they work as map keys and inside interfaces and structs.

type holder struct {
	c    chan int
	name string
}

func main() {
	a := make(chan int)
	b := make(chan int)
	a2 := a
	var n1, n2 chan int
	fmt.Println(a == a2, a == b, n1 == n2, n1 == nil, a != nil)

	// Directional views of the same channel compare equal to it.
	var ro <-chan int = a
	var so chan<- int = a
	fmt.Println(ro == a, so == a, ro == b)

	// Map keyed by channel.
	names := map[chan int]string{a: "a", b: "b"}
	names[a2] = "a again"
	fmt.Println(len(names), names[a], names[b], names[make(chan int)] == "")
	if _, ok := names[nil]; !ok {
		fmt.Println("nil key absent")
	}
	names[nil] = "nil"
	fmt.Println(len(names), names[n1])
	delete(names, b)
	fmt.Println(len(names))

	// Many channels as keys, counting occurrences.
	chans := make([]chan bool, 50)
	for i := range chans {
		chans[i] = make(chan bool)
	}
	count := map[chan bool]int{}
	for i := 0; i < 500; i++ {
		count[chans[i%50]]++
	}
	ok := len(count) == 50
	for _, c := range chans {
		if count[c] != 10 {
			ok = false
		}
	}
	fmt.Println("counts ok:", ok)

	// In interfaces and structs.
	var i1, i2 interface{} = a, a2
	var i3 interface{} = b
	fmt.Println(i1 == i2, i1 == i3)
	h1 := holder{a, "x"}
	h2 := holder{a2, "x"}
	h3 := holder{b, "x"}
	fmt.Println(h1 == h2, h1 == h3)
	set := map[holder]bool{h1: true}
	fmt.Println(set[h2], set[h3])

	// Interface holding a chan vs holding a directional view: different types.
	var iro interface{} = ro
	fmt.Println(iro == i1)

	// Array of channels as a key.
	type pair [2]chan int
	pm := map[pair]int{{a, b}: 1}
	fmt.Println(pm[pair{a2, b}], pm[pair{b, a}])
}
