// run

package main

import (
	"fmt"
	"unsafe"
)

func main() {
	a := [4]int32{1, 2, 3, 4}
	p := unsafe.Pointer(&a[0])
	q := (*int32)(unsafe.Add(p, 8))
	fmt.Println(*q)
	s := unsafe.Slice(&a[1], 3)
	fmt.Println(s, len(s), cap(s))
	var n uint8 = 2
	fmt.Println(unsafe.Slice(&a[0], n))
	defer func() { fmt.Println(recover()) }()
	var ip *int
	_ = unsafe.Slice(ip, 1)
}
