// run

package main

import (
	"fmt"
	"sort"
	"strings"
)

// The different kinds of calls a go statement can start.

type Greeter interface{ Greet(out chan<- string) }

type English struct{ name string }

func (e English) Greet(out chan<- string) { out <- "hello " + e.name }

type French struct{ name string }

func (f *French) Greet(out chan<- string) { out <- "bonjour " + f.name }

func plain(out chan<- string, parts ...string) { out <- strings.Join(parts, "+") }

func main() {
	out := make(chan string, 10)
	go plain(out, "a", "b", "c")         // variadic
	go plain(out, []string{"x", "y"}...) // variadic with spread
	go English{"bob"}.Greet(out)         // method on a value
	go (&French{"amy"}).Greet(out)       // method on a pointer
	var g Greeter = English{"iface"}
	go g.Greet(out) // interface method
	f := English.Greet
	go f(English{"expr"}, out) // method expression
	fv := func(s string) { out <- "literal " + s }
	go fv("var") // func variable
	go func(a, b int) { out <- fmt.Sprint(a + b) }(2, 3)
	var got []string
	for i := 0; i < 8; i++ {
		got = append(got, <-out)
	}
	sort.Strings(got)
	for _, s := range got {
		fmt.Println(s)
	}
}
