// run

package main

import "fmt"

type triple struct{ a, b, c int64 }

func main() {
	var ints []int
	last := -1
	for i := 0; i < 5000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			fmt.Print(cap(ints), " ")
			last = cap(ints)
		}
	}
	fmt.Println()
	var bs []byte
	last = -1
	for i := 0; i < 5000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			fmt.Print(cap(bs), " ")
			last = cap(bs)
		}
	}
	fmt.Println()
	var ts []triple
	last = -1
	for i := 0; i < 2000; i++ {
		ts = append(ts, triple{})
		if cap(ts) != last {
			fmt.Print(cap(ts), " ")
			last = cap(ts)
		}
	}
	fmt.Println()
	var ss []string
	last = -1
	for i := 0; i < 2000; i++ {
		ss = append(ss, "")
		if cap(ss) != last {
			fmt.Print(cap(ss), " ")
			last = cap(ss)
		}
	}
	fmt.Println()
	var i32 []int32
	last = -1
	for i := 0; i < 3000; i++ {
		i32 = append(i32, 0)
		if cap(i32) != last {
			fmt.Print(cap(i32), " ")
			last = cap(i32)
		}
	}
	fmt.Println()
	// appending many at once
	s := []int{1, 2}
	s = append(s, 4, 5, 6)
	fmt.Printf("len=%d, cap=%d\n", len(s), cap(s))
	for _, n := range []int{1, 2, 3, 5, 7, 9, 13, 17, 100, 257, 1000} {
		t := append([]int{}, make([]int, n)...)
		u := append([]int{0}, make([]int, n)...)
		v := append(make([]byte, 5), make([]byte, n)...)
		fmt.Println(n, len(t), cap(t), len(u), cap(u), len(v), cap(v))
	}
	big := make([]int, 256)
	big = append(big, 1)
	fmt.Println(len(big), cap(big))
	big2 := make([]int, 1024)
	big2 = append(big2, 1)
	fmt.Println(len(big2), cap(big2))
	b3 := make([]byte, 1000)
	b3 = append(b3, 1)
	fmt.Println(len(b3), cap(b3))
	str := append([]byte("hello"), " world"...)
	fmt.Println(len(str), cap(str))
}
