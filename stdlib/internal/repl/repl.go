// Package repl is the loop of golite's REPL (cli/repl.c): the session's
// main.main calls Loop, which runs entry after entry on the main goroutine.
// Not importable by programs (an internal package).
package repl

import (
	"fmt"
	"runtime"
)

// next reads the next entry and compiles it (cli/repl.c): its function, nil
// for an entry that runs nothing (a declaration of types or functions, a
// meta-command, an error); ok is false at the end of the input.
func next() (f func(), ok bool)

// report prints a panic an entry did not recover, as the runtime prints
// one: "panic: " and the value, with [recovered] never added.
func report(v any)

// Print shows an expression entry's values as fmt's %v does.
func Print(a ...any) {
	fmt.Println(a...)
}

// Loop runs the session's entries until the input ends. The main
// goroutine stays on the thread that compiles (its stack is the large one
// the compiler needs).
func Loop() {
	runtime.LockOSThread()
	for {
		f, ok := next()
		if !ok {
			return
		}
		if f != nil {
			run(f)
		}
	}
}

func run(f func()) {
	defer func() {
		if r := recover(); r != nil {
			report(r)
		}
	}()
	f()
}
