// run

package main

import "fmt"

type three struct{ a, b, c int32 }

func main() {
	// appending several elements at once: when the needed length exceeds
	// double the old capacity, the new capacity starts from the needed length
	for _, start := range []int{0, 1, 3, 4, 10, 300, 1000} {
		for _, add := range []int{1, 2, 5, 7, 16, 33, 600} {
			s := make([]int, start)
			s = append(s, make([]int, add)...)
			b := make([]byte, start)
			b = append(b, make([]byte, add)...)
			t := make([]three, start)
			t = append(t, make([]three, add)...)
			st := make([]string, start)
			st = append(st, make([]string, add)...)
			fmt.Println(start, add, len(s), cap(s), cap(b), cap(t), cap(st))
		}
	}
	// appending a string to a byte slice
	var bs []byte
	for i := 0; i < 40; i++ {
		bs = append(bs, "abc"...)
		fmt.Print(cap(bs), " ")
	}
	fmt.Println()
	// int32 and float32 elements
	var i32 []int32
	var f32 []float32
	var i16 []int16
	for i := 0; i < 1200; i++ {
		i32 = append(i32, 1)
		f32 = append(f32, 1)
		i16 = append(i16, 1, 2)
		if i%50 == 0 {
			fmt.Println(i, cap(i32), cap(f32), cap(i16))
		}
	}
}
