// run

// Slices share their backing array (seed 001, §1 引申2).
package main

import "fmt"

func main() {
	slice := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	// s1是slice第二到第五，cap为8， s1=[2,3,4]
	s1 := slice[2:5]
	// s2是从s1上搞下来的，容量到索引7，所以cap为5， s2=[4,5,6,7]
	s2 := s1[2:6:7]

	// 追加100，由于地层的数组是同一个，所以slice索引8都改为了100
	s2 = append(s2, 100)
	// 扩容，会重新分配内存，所以改的只是s2的引用，不会改到slice下的数据
	s2 = append(s2, 200)

	s1[2] = 20

	fmt.Println(s1)
	fmt.Println(s2)
	fmt.Println(slice)
}
