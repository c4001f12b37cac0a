// run

package main

import "fmt"

type A int
type B int

type Pt struct{ X, Y int }

type Eq interface{}

func main() {
	var x, y interface{}
	x, y = 1, 1
	fmt.Println(x == y)
	x, y = 1, int64(1)
	fmt.Println(x == y)
	x, y = A(1), B(1)
	fmt.Println(x == y, x == A(1), y == B(1))
	x, y = "s", "s"
	fmt.Println(x == y)
	x, y = Pt{1, 2}, Pt{1, 2}
	fmt.Println(x == y)
	y = &Pt{1, 2}
	fmt.Println(x == y)
	p := &Pt{3, 4}
	x, y = p, p
	fmt.Println(x == y)
	y = &Pt{3, 4}
	fmt.Println(x == y)
	x, y = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(x == y)
	x, y = nil, nil
	fmt.Println(x == y)
	x = 0
	fmt.Println(x == nil, x == 0, x == 0.0, x == int8(0))
	x = 1.5
	fmt.Println(x == 1.5, x == float32(1.5))
	var e1 error = fmt.Errorf("e")
	var e2 error = fmt.Errorf("e")
	fmt.Println(e1 == e2, e1 == e1, e1.Error() == e2.Error())
	var st fmt.Stringer
	var emp interface{}
	fmt.Println(st == nil, emp == nil, interface{}(st) == emp)
	vals := []interface{}{1, "1", 1.0, uint(1), A(1), true, nil, Pt{}, [0]int{}}
	for i, a := range vals {
		row := ""
		for j, b := range vals {
			if a == b {
				row += "="
			} else if i < j {
				row += "."
			} else {
				row += " "
			}
		}
		fmt.Printf("%-8T %s\n", a, row)
	}
	// struct with interface field comparison
	type W struct{ V interface{} }
	fmt.Println(W{1} == W{1}, W{1} == W{"1"}, W{} == W{nil})
	// interface vs concrete comparison
	var ifc interface{} = "hello"
	fmt.Println(ifc == "hello", ifc != "world")
	var i2 interface{} = 'a'
	fmt.Println(i2 == 'a', i2 == int32(97), i2 == 97)
}
