// run

package main

import (
	"errors"
	"fmt"
)

type S struct{ A int }

func main() {
	fmt.Printf("%d\n", "hello")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "three")
	fmt.Printf("%z\n", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%x\n", 3.5)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%c\n", "c")
	fmt.Printf("%s\n", S{1})
	fmt.Printf("%d\n", S{1})
	fmt.Printf("%s\n", []int{1, 2})
	fmt.Printf("%.2d\n", "x")
	fmt.Printf("%\n")
	fmt.Printf("100%\n")
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[0]d %[x]d\n", 1)
	fmt.Printf("%s %v\n", errors.New("err"), error(nil))
	fmt.Printf("%d %s\n", true, false)
	fmt.Printf("%e\n", "str")
	fmt.Printf("no verbs\n", 1, "a")
	fmt.Printf("%v %v\n", []interface{}{nil}, map0())
	s := fmt.Sprintf("%d-%s", "a", 1)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%*d", "x", 5))
	fmt.Println(fmt.Sprintf("%.*f", 1e9, 1.0))
}

func map0() interface{} { return nil }
