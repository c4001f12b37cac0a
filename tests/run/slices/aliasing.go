// run

package main

import "fmt"

func main() {
	slice := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s1 := slice[2:5]
	s2 := s1[2:6:7]
	fmt.Println(len(s1), cap(s1), len(s2), cap(s2))
	s2 = append(s2, 100)
	fmt.Println(s2, slice)
	s2 = append(s2, 200)
	fmt.Println(len(s2), cap(s2))
	s1[2] = 20
	fmt.Println(s1)
	fmt.Println(s2)
	fmt.Println(slice)

	// extending a slice within its capacity reveals the backing array
	a := []int{10, 20, 30, 40, 50}
	b := a[1:2]
	fmt.Println(b, len(b), cap(b))
	b = b[:cap(b)]
	fmt.Println(b)
	b[0] = 99
	fmt.Println(a)
	// append within capacity writes into shared array
	c := a[:2]
	c = append(c, 77)
	fmt.Println(a, c)
	// append beyond capacity detaches
	d := a[3:]
	d = append(d, 1, 2, 3)
	d[0] = -1
	fmt.Println(a, d)
	// two slices appending to the same base
	base := make([]int, 3, 10)
	x := append(base, 1)
	y := append(base, 2)
	fmt.Println(x, y, x[3] == y[3])
	// slicing an array
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	sa := arr[1:4]
	sa[0] = "B"
	sb := sa[1:]
	sb[1] = "D"
	fmt.Println(arr, sa, sb, len(sb), cap(sb))
	sa = append(sa, "X")
	fmt.Println(arr)
	// self-append
	z := []int{1, 2, 3}
	z = append(z, z...)
	z = append(z[:2], z[3:]...)
	fmt.Println(z, len(z))
	w := []int{1, 2, 3, 4, 5}
	copy(w[1:], w)
	fmt.Println(w)
}
