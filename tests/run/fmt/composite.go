// run

package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	Name  string
	In    Inner
	List  []int
	Arr   [2]bool
	Ptr   *Inner
	Any   interface{}
	Bytes []byte
	F     float64
}

type Pair [2]string
type Tags []string

func main() {
	o := Outer{Name: "o", In: Inner{1, "x"}, List: []int{1, 2}, Any: 3.5, Bytes: []byte("hi"), F: 2}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o)
	fmt.Printf("%v %+v %#v\n", Inner{}, &Inner{2, "y"}, &Inner{3, "z"})
	fmt.Printf("%v %#v %T\n", Pair{"a", "b"}, Pair{"a", "b"}, Pair{})
	fmt.Printf("%v %#v %T\n", Tags{"t"}, Tags{"t"}, Tags(nil))
	fmt.Printf("%#v %#v %#v %#v\n", 42, "str", 1.0, []interface{}{1, "a", nil})
	fmt.Printf("%#v %#v %#v\n", int8(-1), uint(7), 'x')
	fmt.Printf("%#v %#v\n", [3]int{}, [][]int{{1}, nil})
	fmt.Printf("%#v %#v\n", struct{}{}, struct{ X, y int }{1, 2})
	fmt.Printf("%v %d %s\n", []string{"a", "b"}, []int{}, []string{})
	fmt.Printf("%q\n", []interface{}{"a", 'b', 1})
	fmt.Printf("%v|%s|%d\n", [][]string{{"x"}, {"y", "z"}}, [][]string{{"x"}}, [][]int{{1, 2}, {3}})
	fmt.Printf("%x %X %x\n", "abc", []string{"ab", "cd"}, [2]int{255, 16})
	fmt.Printf("%T %T %T %T %T\n", o, &o, o.List, o.Arr, o.Any)
	fmt.Printf("%T %T %T\n", []interface{}{}, [2][]*Inner{}, func(int) (string, error) { return "", nil })
	fmt.Printf("%v %+v\n", []*Inner{nil}, []Inner{{1, "a"}})
	var nilp *Inner
	fmt.Printf("%v %+v %#v\n", nilp, nilp, nilp)
	fmt.Println(o, &o.In, []Inner{{5, "q"}})
	fmt.Printf("%v %.2f %5.1f\n", []float64{1, 2.5}, []float64{1, 2.5}, [2]float64{3, 4})
	fmt.Printf("%t %v\n", []bool{true, false}, [1]bool{})
	fmt.Printf("%6d|%-4d|\n", []int{1, 22}, []int{3})
}
