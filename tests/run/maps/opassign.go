// run

package main

import (
	"fmt"
	"strings"
)

type K struct {
	A string
	B int
}

var calls []string

func key(s string) string {
	calls = append(calls, "key("+s+")")
	return s
}

func val(n int) int {
	calls = append(calls, fmt.Sprint("val(", n, ")"))
	return n
}

func getMap(m map[string]int) map[string]int {
	calls = append(calls, "map")
	return m
}

func main() {
	m := map[string]int{}
	m["a"]++
	m["a"]++
	m["b"]--
	m["c"] += 10
	m["c"] -= 3
	m["d"] = 6
	m["d"] *= 7
	m["e"] = 100
	m["e"] /= 7
	m["f"] = 100
	m["f"] %= 7
	m["g"] = 0xF0
	m["g"] |= 0x0F
	m["h"] = 0xFF
	m["h"] &= 0x3C
	m["i"] = 0xFF
	m["i"] ^= 0x0F
	m["j"] = 1
	m["j"] <<= 10
	m["k"] = -1024
	m["k"] >>= 3
	m["l"] = 0xFF
	m["l"] &^= 0x0F
	fmt.Println(m)

	// missing keys start at zero for every op
	z := map[int]int{}
	z[1] += 5
	z[2] -= 5
	z[3] *= 5
	z[4] |= 5
	z[5] <<= 5
	z[6]++
	fmt.Println(z, len(z))

	// strings, floats, unsigned, small ints wrap
	s := map[int]string{}
	for i := 0; i < 5; i++ {
		s[i%2] += strings.Repeat("x", i) + "|"
	}
	fmt.Printf("%q\n", s)
	f := map[string]float64{"pi": 3}
	f["pi"] += 0.14159
	f["half"] /= 2
	f["neg"] -= 0.5
	fmt.Println(f)
	u := map[bool]uint8{true: 250}
	for i := 0; i < 10; i++ {
		u[true]++
		u[false]--
	}
	fmt.Println(u)
	i8 := map[string]int8{"x": 127}
	i8["x"]++
	i8["y"] -= 127
	i8["y"]--
	fmt.Println(i8)

	// struct keys, op-assign through composite keys
	sk := map[K]int{}
	for i := 0; i < 20; i++ {
		sk[K{"even", i % 2}] += i
		sk[K{A: "all"}]++
	}
	fmt.Println(sk)

	// nested: m[a][b]++, slice elements inside a map
	nm := map[string]map[string]int{"x": {}, "y": {}}
	words := strings.Fields("a b a c b a x y")
	for i, w := range words {
		if i%2 == 0 {
			nm["x"][w]++
		} else {
			nm["y"][w] += 2
		}
	}
	fmt.Println(nm)
	sm := map[string][]int{"s": make([]int, 3)}
	sm["s"][1]++
	sm["s"][2] += 5
	fmt.Println(sm)
	pm := map[string]*K{"p": {"p", 1}}
	pm["p"].B++
	pm["p"].A += "q"
	fmt.Println(*pm["p"])

	// counting words: the classic
	text := "the quick brown fox jumps over the lazy dog the end fox"
	wc := make(map[string]int)
	for _, w := range strings.Fields(text) {
		wc[w]++
	}
	fmt.Println(wc, len(wc))

	// the index expression is evaluated once, operands left to right
	calls = nil
	em := map[string]int{}
	getMap(em)[key("k")] += val(5)
	fmt.Println(em, strings.Join(calls, " "))
	calls = nil
	getMap(em)[key("k")]++
	fmt.Println(em, strings.Join(calls, " "))
	calls = nil
	em[key("k")] <<= val(2)
	fmt.Println(em, strings.Join(calls, " "))

	// interface elems: op-assign on a map of interfaces is not allowed, but
	// reading, converting and writing back works
	im := map[string]interface{}{"n": 1}
	im["n"] = im["n"].(int) + 41
	fmt.Println(im)

	// large number of increments through growth
	big := map[int]int{}
	for i := 0; i < 10000; i++ {
		big[i%1000]++
		big[i%777] += 2
	}
	tot := 0
	for _, v := range big {
		tot += v
	}
	fmt.Println(len(big), tot, big[0], big[776], big[777], big[999])
}
