// run

package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	p := (*[3]int)(s)
	p[0] = 100
	fmt.Println(*p, s)
	q := (*[5]int)(s)
	fmt.Println(len(q), q[4])
	short := s[:2]
	r := (*[3]int)(short)
	fmt.Println(r)
}
