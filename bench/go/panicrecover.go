package main

import "fmt"

// 1,000,000 panic/recover round trips through one frame.

func try(i int) (r int) {
	defer func() {
		if v := recover(); v != nil {
			r = v.(int)
		}
	}()
	panic(i)
}

func main() {
	s := 0
	for i := 0; i < 1000000; i++ {
		s += try(i)
	}
	fmt.Println(s)
}
