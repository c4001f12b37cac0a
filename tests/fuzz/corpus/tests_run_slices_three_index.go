// run

package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:4:5]
	fmt.Println(a, len(a), cap(a))
	a = append(a, 100)
	fmt.Println(base)
	a = append(a, 200)
	a[0] = -2
	fmt.Println(base, a, len(a), cap(a))
	b := base[:0:0]
	fmt.Println(b, len(b), cap(b), b == nil)
	b = append(b, 9)
	fmt.Println(base[0], b)
	c := base[1:3:3]
	d := append(c, 42)
	d[0] = 11
	fmt.Println(base, c, d)
	arr := [10]byte{'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'}
	s := arr[3:5:8]
	fmt.Println(string(s), len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(string(s))
	s2 := s[1:2:3]
	fmt.Println(string(s2), cap(s2))
	// a defensive copy pattern
	clip := func(x []int) []int { return x[:len(x):len(x)] }
	orig := make([]int, 3, 10)
	cl := clip(orig)
	cl = append(cl, 5)
	orig = append(orig, 6)
	fmt.Println(cl, orig)
	full := base[0:len(base):len(base)]
	fmt.Println(len(full), cap(full))
	ptr := &arr
	ps := ptr[2:6:7]
	ps[0] = 'X'
	fmt.Println(string(arr[:]), len(ps), cap(ps))
	str := "immutable"
	fmt.Println(str[2:5], len(str[2:]))
	for i := 0; i <= 4; i++ {
		t := base[i : i+2 : i+3]
		fmt.Print(t, cap(t), " ")
	}
	fmt.Println()
}
