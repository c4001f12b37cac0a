// run

package main

import (
	"fmt"
	"strings"
)

type logger struct {
	prefix string
	lines  []string
}

func (l *logger) log(s string) { l.lines = append(l.lines, l.prefix+s) }

type greeter interface{ greet(name string) }

type english struct{}
type french struct{ excl string }

func (english) greet(name string) { fmt.Println("hello", name) }
func (f french) greet(name string) { fmt.Println("bonjour", name+f.excl) }

func makeCounter() (func(), func() int) {
	n := 0
	return func() { n++ }, func() int { return n }
}

func closureKinds(l *logger) {
	// a function literal
	defer func() { l.log("literal") }()
	// a named function with arguments
	defer fmt.Println("named function with args", 1, "two")
	// a closure value stored in a variable
	inc, get := makeCounter()
	defer func() { l.log(fmt.Sprint("counter=", get())) }()
	defer inc()
	defer inc()
	// a method value
	defer l.log("method value")
	// an interface method call, several implementations
	var g greeter = english{}
	defer g.greet("A")
	g = french{"!"}
	defer g.greet("B")
	// a function returning a function
	defer func(tag string) func() {
		l.log("outer part runs at defer statement: " + tag)
		return func() { l.log("inner part runs at exit: " + tag) }
	}("x")()
	// a method of a standard library type
	var sb strings.Builder
	defer func() { l.log("builder " + sb.String()) }()
	defer sb.WriteString("written-at-exit")
	sb.WriteString("body;")
	l.log("body")
}

func returnsClosure() func() int {
	x := 1
	defer func() { x = 42 }()
	return func() int { return x }
}

func recursiveDefer(n int) {
	if n == 0 {
		return
	}
	defer func() {
		fmt.Println("unwind", n)
	}()
	recursiveDefer(n - 1)
}

func main() {
	l := &logger{prefix: "> "}
	closureKinds(l)
	for _, s := range l.lines {
		fmt.Println(s)
	}
	f := returnsClosure()
	fmt.Println("closure sees deferred change:", f())
	recursiveDefer(3)
}
