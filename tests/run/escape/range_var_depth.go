// run

// Attacks: the loop depth of variables a range statement declares (go
// 1.19: one key and one value variable per execution of the range
// statement). When the range statement itself runs in an outer loop and
// &k or &v is kept in a variable declared outside that outer loop, each
// execution's variables must be distinct objects, not one frame slot.
package main

import "fmt"

type pair struct{ a, b int }

func sliceValues() int {
	var holder [3]*int
	for i := 0; i < 3; i++ {
		for _, v := range []int{i * 10} {
			holder[i] = &v
		}
	}
	return *holder[0]*10000 + *holder[1]*100 + *holder[2]
}

func keysAndValues() string {
	var ks [3]*int
	var vs [3]*pair
	var rs [3]*rune
	var ms [3]*string
	for i := 0; i < 3; i++ {
		for k, v := range [2]pair{{i, -i}, {i * 2, 0}} {
			ks[i], vs[i] = &k, &v
		}
		for _, r := range fmt.Sprint(i) {
			rs[i] = &r
		}
		for key := range map[string]int{fmt.Sprint("m", i): i} {
			ms[i] = &key
		}
	}
	return fmt.Sprint(*ks[0], *ks[2], *vs[0], *vs[1], *vs[2], string(*rs[0]), string(*rs[1]), *ms[0], *ms[2])
}

func viaGoto() int {
	var last, first *int
	i := 0
again:
	for _, v := range []int{i + 1} {
		if first == nil {
			first = &v
		}
		last = &v
	}
	if i++; i < 4 {
		goto again
	}
	return *first*10 + *last
}

func viaChannel() int {
	var hs [3]*int
	for i := 0; i < 3; i++ {
		c := make(chan int, 1)
		c <- i + 5
		close(c)
		for v := range c {
			hs[i] = &v
		}
	}
	return *hs[0]*100 + *hs[1]*10 + *hs[2]
}

func main() {
	fmt.Println(sliceValues(), viaGoto(), viaChannel())
	fmt.Println(keysAndValues())
}
