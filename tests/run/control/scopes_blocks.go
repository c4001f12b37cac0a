// run

package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x, show())
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
		{
			x = "block-modified"
			x := 3
			fmt.Println(x)
		}
		fmt.Println(x)
	}
	fmt.Println(x)
	for x := 0; x < 2; x++ {
		fmt.Println("loop", x)
		x := "body"
		fmt.Println(x)
	}
	if x := 1.5; x > 1 {
		fmt.Println("if", x)
	} else {
		x := "else"
		fmt.Println(x)
	}
	switch x := []int{1}; len(x) {
	case 1:
		x := "case"
		fmt.Println(x)
	}
	fmt.Println(x)
	// a variable declared in a case is local to that case
	for i := 0; i < 3; i++ {
		switch i {
		case 0:
			v := "zero"
			fmt.Println(v)
		case 1:
			v := 1
			fmt.Println(v + 1)
		default:
			v := []string{"d"}
			fmt.Println(v)
		}
	}
	// := with at least one new variable reuses the old ones in the same scope
	a, b := 1, 2
	b, c := 3, 4
	fmt.Println(a, b, c)
	// shadowing a function parameter inside a closure
	f := func(a int) int {
		{
			a := a * 10
			return a + 1
		}
	}
	fmt.Println(f(4))
	// shadowing a type name
	{
		type int32 = string
		var s int32 = "not a number"
		fmt.Println(s)
	}
	var n int32 = 5
	fmt.Println(n)
	// predeclared identifiers can be shadowed
	{
		len := func(s string) int { return 42 }
		fmt.Println(len("abc"))
		true := false
		fmt.Println(true)
	}
	fmt.Println(len("abc"), true)
}
