// run

package main

import "fmt"

type S struct {
	Name string
	Tags []string
}

type Eq interface{ Key() string }

func (s S) Key() string { return s.Name }

func main() {
	var x, y Eq = S{Name: "a"}, S{Name: "a"}
	fmt.Println(x.Key() == y.Key())
	fmt.Println(x == y)
}
