// run

package main

import (
	"fmt"
	"strings"
)

// Printing channels with fmt: nil prints <nil>; a non-nil channel prints an
// address (not printed here), %T its type.

func main() {
	var c chan int
	var r <-chan string
	var s chan<- bool
	fmt.Println(c, r, s)
	fmt.Printf("%v %v %v\n", c, r, s)
	fmt.Printf("%T %T %T\n", c, r, s)
	fmt.Printf("%p\n", c)
	fmt.Println(c == nil)

	var i interface{} = c
	fmt.Println(i, i == nil)

	m := make(chan int)
	str := fmt.Sprint(m)
	fmt.Println(strings.HasPrefix(str, "0x"), str == fmt.Sprintf("%p", m))
	fmt.Println(fmt.Sprint(m) == fmt.Sprint(m), fmt.Sprint(m) != fmt.Sprint(make(chan int)))

	type S struct {
		C    chan int
		Name string
	}
	fmt.Printf("%v %+v\n", S{Name: "x"}, S{Name: "y"})
	fmt.Println([]chan int{nil, nil})
	fmt.Printf("%T\n", []chan<- map[string]int{})
	fmt.Printf("%T\n", map[chan int]<-chan []string{})
	fmt.Printf("%T\n", func(chan int) <-chan int { return nil })
	fmt.Printf("%T\n", struct{ C chan struct{} }{})
}
