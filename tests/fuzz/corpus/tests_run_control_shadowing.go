// run

package main

import (
	"errors"
	"fmt"
)

var x = "package"

func get() (int, error) { return 7, nil }

func fail() (int, error) { return 0, errors.New("failed") }

func shadowResult() (n int, err error) {
	n = 1
	if n, err := get(); err == nil {
		_ = n // inner n shadows named result
	}
	return
}

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		{
			x := 42
			fmt.Println(x + 1)
		}
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 3.5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("for", x)
	}
	fmt.Println(x)
	// := redeclares only new variables on the left
	a, err := get()
	b, err := fail()
	fmt.Println(a, b, err)
	var p *int
	if q, err := get(); err == nil {
		p = &q
	}
	fmt.Println(*p, err)
	fmt.Println(shadowResult())
	// shadowing builtins and types
	len := func(s string) int { return 100 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true, !true)
	{
		type int = string
		var s int = "shadowed type"
		fmt.Println(s)
	}
	nil := 5
	fmt.Println(nil * 2)
	// shadowing in switch cases
	v := 1
	switch v := v + 1; v {
	case 2:
		v := "two"
		fmt.Println(v)
	}
	fmt.Println(v)
	// closure sees the variable in scope at definition
	y := 1
	f := func() int { return y }
	y2 := func() int {
		y := 100
		return y + f()
	}()
	fmt.Println(y2)
	// shadowed package name
	fmtStr := fmt.Sprint("pkg")
	{
		fmt := "local fmt"
		_ = fmt
		println(fmt, fmtStr)
	}
}
