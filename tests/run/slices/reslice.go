// run

package main

import "fmt"

func show(name string, s []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

func main() {
	base := make([]int, 8, 12)
	for i := range base {
		base[i] = i
	}
	show("base", base)
	show("[2:5]", base[2:5])
	show("[:0]", base[:0])
	show("[8:]", base[8:])
	show("[:12]", base[:12])
	show("[3:]", base[3:])
	show("[2:5:6]", base[2:5:6])
	show("[2:5:12]", base[2:5:12])
	show("[0:0:0]", base[0:0:0])
	show("[:8:8]", base[:8:8])
	// a slice can be extended up to its capacity
	t := base[2:4]
	show("t", t)
	t = t[:cap(t)]
	show("t extended", t)
	t = t[1:3]
	show("t again", t)
	// slices of slices share the backing array
	t[0] = 100
	show("base after t[0]=100", base)
	// three-index slices limit what append can overwrite
	lim := base[0:2:2]
	lim = append(lim, -1)
	show("lim", lim)
	show("base unchanged", base)
	nolim := base[0:2]
	nolim = append(nolim, -1)
	show("nolim", nolim)
	show("base changed", base)
	// slicing strings-like byte slices
	word := []byte("abcdefgh")
	fmt.Println(string(word[2:5]), string(word[:3:4]), cap(word[:3:4]), cap(word[5:]))
	// slice expressions on arrays
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	s1 := arr[1:4]
	s2 := s1[2:5]
	fmt.Println(s1, len(s1), cap(s1), s2, len(s2), cap(s2))
	s2[2] = "F"
	fmt.Println(arr)
}
