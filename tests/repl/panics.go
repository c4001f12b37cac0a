// repl

// The session in panics.repl, as a program. The REPL prints a panic an entry
// did not recover as "panic: " and the value (the Error or String method's
// text), and goes on with the next entry; this program recovers each one and
// prints the same line to stderr.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func entry(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintln(os.Stderr, "panic:", r)
		}
	}()
	f()
}

func div(a, b int) int { return a / b }

func deep(n int) int {
	if n == 0 {
		panic(errors.New("at the bottom"))
	}
	return deep(n - 1)
}

func safe() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	var z []int
	_ = z[1]
	return nil
}

func main() {
	a := []int{1, 2, 3}
	i := 5
	entry(func() { fmt.Println(a[i]) })
	fmt.Println("the session goes on")
	var m map[string]int
	entry(func() { m["x"] = 1 })
	entry(func() { panic("a string") })
	entry(func() { panic(fmt.Errorf("wrapped: %w", io.EOF)) })
	var p *struct{ n int }
	entry(func() { fmt.Println(p.n) })
	x := 10
	entry(func() { fmt.Println(div(x, 0)) })
	fmt.Println(x)
	entry(func() { fmt.Println(deep(100)) })
	entry(func() {
		defer fmt.Println("a deferred call runs at the end of its statement")
	})
	fmt.Println(safe())
}
