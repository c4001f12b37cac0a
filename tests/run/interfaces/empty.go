// run

package main

import "fmt"

type T struct {
	A int
	B string
}

type Enum uint8

func main() {
	x := 5
	vals := []interface{}{
		0, -1, int8(8), int16(16), int32(32), int64(64), uint(1), uint8(8), uint16(16), uint32(32), uint64(64), uintptr(9),
		1.5, float32(2.5), complex(1, 2), complex64(complex(3, 4)),
		"str", 'r', byte('b'), true,
		[]int{1}, [2]string{"a", "b"}, T{1, "x"}, &T{2, "y"}, []T{{3, "z"}}, struct{}{},
		nil, Enum(3), []interface{}{1, "a", nil}, [][]int{{1}, {2, 3}}, &x != nil,
	}
	for _, v := range vals {
		fmt.Printf("%-22T %v\n", v, v)
	}
	var any interface{} = vals
	fmt.Println(len(any.([]interface{})))
	// reassigning an interface changes its dynamic type
	var e interface{}
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			e = i
		case 1:
			e = fmt.Sprint(i)
		case 2:
			e = float64(i)
		case 3:
			e = []int{i}
		}
		fmt.Printf("%T:%v ", e, e)
	}
	fmt.Println()
	// interface holds a copy
	t := T{1, "orig"}
	var it interface{} = t
	t.B = "changed"
	fmt.Println(it, t)
	arr := [3]int{1, 2, 3}
	var ia interface{} = arr
	arr[0] = 100
	fmt.Println(ia, arr)
}
