// run

package main

import "fmt"

type I interface{ M() int }

type T struct{ v int }

func (t *T) M() int { return t.v }

func main() {
	var x interface{} = &T{1}
	fmt.Println(x.(I).M())
	x = T{2} // T's method set lacks the pointer method M
	_, ok := x.(I)
	fmt.Println(ok)
	fmt.Println(x.(I).M())
}
