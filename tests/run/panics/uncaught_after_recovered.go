// run

package main

import "fmt"

// A recovered panic leaves no trace: a later, unrelated uncaught panic is
// reported alone.

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	try(func() { panic("first") })
	try(func() {
		var m map[string]int
		m["x"]++
	})
	var p *struct{ v int }
	fmt.Println("dereferencing nil")
	fmt.Println(p.v)
}
