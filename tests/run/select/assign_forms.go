// run

package main

import "fmt"

// The receive forms a select case allows.

type S struct{ f int }

func main() {
	c := make(chan int, 10)
	for i := 1; i <= 10; i++ {
		c <- i
	}

	select {
	case <-c:
		fmt.Println("discarded one")
	}
	select {
	case v := <-c:
		fmt.Println("v :=", v)
	}
	select {
	case v, ok := <-c:
		fmt.Println("v, ok :=", v, ok)
	}
	var x int
	var ok bool
	select {
	case x = <-c:
		fmt.Println("x =", x)
	}
	select {
	case x, ok = <-c:
		fmt.Println("x, ok =", x, ok)
	}
	m := map[string]int{}
	select {
	case m["k"] = <-c:
		fmt.Println("map elem:", m)
	}
	var s S
	p := &s
	select {
	case p.f = <-c:
		fmt.Println("field through pointer:", s.f)
	}
	arr := make([]int, 2)
	select {
	case arr[1], ok = <-c:
		fmt.Println("slice elem, ok:", arr, ok)
	}
	select {
	case _, ok = <-c:
		fmt.Println("blank, ok:", ok)
	}
	var ip *int = new(int)
	select {
	case *ip = <-c:
		fmt.Println("through pointer:", *ip)
	}

	// Case-scoped variables shadow outer ones.
	v := "outer"
	c <- 99
	select {
	case v := <-c:
		fmt.Println("inner v:", v)
	}
	fmt.Println("outer v:", v)

	// Select with a single case blocks like a plain receive.
	d := make(chan string)
	go func() { d <- "single case" }()
	select {
	case s := <-d:
		fmt.Println(s)
	}
}
