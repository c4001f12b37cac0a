// run

package main

import "fmt"

type P struct{ X int }
type Name string

func main() {
	// fmt orders keys of different dynamic types by type first
	m := map[interface{}]int{
		1: 1, 2: 2, "a": 3, "b": 4, 1.5: 5, true: 6, P{1}: 7, Name("n"): 8, nil: 9,
		int8(3): 10, uint(4): 11, [1]int{5}: 12, false: 13, 0.5: 14, P{0}: 15,
	}
	fmt.Println(m)
	fmt.Printf("%#v\n", m)
	m2 := map[interface{}]string{"x": "s", 7: "i"}
	fmt.Println(m2)
	m3 := map[[2]interface{}]int{{1, "a"}: 1, {"a", 1}: 2, {1, 2}: 3}
	fmt.Println(m3)
}
