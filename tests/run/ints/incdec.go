// run

package main

import "fmt"

type Counter struct {
	hits  int
	bytes uint16
}

func main() {
	var i8 int8
	var u16 uint16
	var i64 int64
	var u uint
	for k := 0; k < 300; k++ {
		i8++
		u16 -= 7
		i64 += int64(k) * int64(k)
		u += 3
	}
	fmt.Println(i8, u16, i64, u)
	arr := [5]int{}
	for k := 0; k < 12; k++ {
		arr[k%5]++
	}
	fmt.Println(arr)
	s := []uint8{250, 251, 252}
	for k := range s {
		s[k] += 10
	}
	fmt.Println(s)
	c := Counter{}
	p := &c
	for k := 0; k < 70000; k++ {
		p.hits++
		p.bytes++
	}
	fmt.Println(c.hits, c.bytes)
	x := 10
	px := &x
	*px++
	*px *= 3
	*px -= 1
	fmt.Println(x)
	var r rune = 'a'
	r++
	r += 2
	fmt.Println(r, string(r))
	var bb byte = 'z'
	bb++
	fmt.Println(bb, string(rune(bb)))
	n := 1
	for n < 1000 {
		n *= 3
	}
	fmt.Println(n)
	m := 1 << 20
	for m > 1 {
		m >>= 3
	}
	fmt.Println(m)
	grid := [3][3]int{}
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			grid[a][b] += a*3 + b
			grid[b][a] -= 1
		}
	}
	fmt.Println(grid)
	for k := int8(120); k != -126; k++ {
		fmt.Print(k, " ")
	}
	fmt.Println()
	var dn uint8 = 3
	for step := 0; step < 6; step++ {
		dn--
		fmt.Println("dn:", dn, int8(dn))
	}
	vals := []int{5, 4, 3}
	idx := 0
	vals[idx]++
	idx++
	vals[idx] *= vals[idx-1]
	idx++
	vals[idx] -= vals[0] + vals[1]
	fmt.Println(vals, idx)
	total := 0.0
	for f := 0.5; f < 4; f++ {
		total += f
		fmt.Println("f:", f, "total:", total)
	}
}
