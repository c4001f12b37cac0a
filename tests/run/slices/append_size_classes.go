// run

// append grows capacities by Go's size classes: the cap sequences for 1-, 8-, 16- and
// 24-byte elements are go's.
package main

import "fmt"

func main() {
	var a []byte
	var b []int64
	var c []struct{ x, y int64 }
	var d []struct{ x, y, z int64 }
	pa, pb, pc, pd := -1, -1, -1, -1
	for i := 0; i < 5000; i++ {
		a = append(a, 1)
		b = append(b, 1)
		c = append(c, struct{ x, y int64 }{})
		d = append(d, struct{ x, y, z int64 }{})
		if cap(a) != pa {
			pa = cap(a)
			fmt.Print("a", pa, " ")
		}
		if cap(b) != pb {
			pb = cap(b)
			fmt.Print("b", pb, " ")
		}
		if cap(c) != pc {
			pc = cap(c)
			fmt.Print("c", pc, " ")
		}
		if cap(d) != pd {
			pd = cap(d)
			fmt.Print("d", pd, " ")
		}
	}
	fmt.Println()
}
