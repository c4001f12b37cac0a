// run

package main

import (
	"errors"
	"fmt"
)

// fmt recovers panics raised by String and Error methods and reports them in
// its output; a nil pointer receiver prints <nil>.

type bad struct{ n int }

func (b bad) String() string {
	if b.n < 0 {
		panic("negative")
	}
	return fmt.Sprint("bad#", b.n)
}

type badErr struct{}

func (badErr) Error() string { panic(errors.New("error method failed")) }

type ptrStringer struct{ s string }

func (p *ptrStringer) String() string { return p.s }

func main() {
	fmt.Println(bad{1})
	fmt.Println(bad{-1})
	fmt.Printf("%v|%s|%d\n", bad{-2}, bad{-3}, bad{-4})
	fmt.Println(badErr{})
	var p *ptrStringer
	fmt.Println(p)
	fmt.Printf("[%v] [%s]\n", p, p)
	fmt.Println("still running")
}
