// run

package main

import "fmt"

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:4]
	s[0] = 20
	fmt.Println(arr, s)
	arr[3] = 40
	fmt.Println(s)
	// append within capacity writes into the array
	s = append(s, 50)
	fmt.Println(arr, s, len(s), cap(s))
	// append beyond capacity copies; the array no longer sees writes
	s = append(s, 60)
	s[0] = -1
	fmt.Println(arr, s, len(s), cap(s))
	// two slices of the same array
	var buf [10]byte
	a := buf[0:5]
	b := buf[3:8]
	for i := range a {
		a[i] = 'a' + byte(i)
	}
	for i := range b {
		b[i] += 'A'
	}
	fmt.Printf("%q %q %q\n", buf[:], a, b)
	// slicing the whole array
	all := arr[:]
	all[4] = 500
	fmt.Println(arr[4], len(all), cap(all))
	// array value copy breaks the alias
	cp := arr
	t := cp[:]
	t[0] = 1000
	fmt.Println(arr[0], cp[0])
	// pointer to array elements via slices
	p := &s[1]
	*p = 222
	fmt.Println(s)
	// struct with array field, sliced
	type box struct{ v [4]int }
	var bx box
	sl := bx.v[1:3]
	sl[0], sl[1] = 7, 8
	fmt.Println(bx)
	bx2 := bx
	sl[0] = 70
	fmt.Println(bx, bx2)
}
