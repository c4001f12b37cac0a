// run

// append growth (seed 001, §1.1): the need (5) exceeds double the old
// capacity (4), so the new capacity is the need, rounded up to the
// allocator's size class: 5 ints = 40 bytes -> 48-byte class -> cap 6.
package main

import "fmt"

func main() {
	s := []int{1, 2}
	// cap为2，增加三个元素之后，新的cap为5，此时double都无法解决，所以就用新的cap，然后再进行容量对其，所以后续最新的cap是6
	s = append(s, 4, 5, 6)
	fmt.Printf("len=%d, cap=%d\n", len(s), cap(s))

	// and the capacities seen while appending one element at a time
	var t []int
	last := -1
	for i := 0; i < 2000; i++ {
		t = append(t, i)
		if cap(t) != last {
			last = cap(t)
			fmt.Printf("len=%d, cap=%d\n", len(t), cap(t))
		}
	}
}
