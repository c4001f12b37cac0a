// Package repl is the loop of golite's REPL (cli/repl.c): the session's
// main.main calls Loop, which runs entry after entry. Not importable by
// programs (an internal package).
package repl

import (
	"fmt"
	"runtime"
)

// next reads the next entry and compiles it (cli/repl.c): its function, nil
// for an entry that runs nothing (a meta-command, an error). At the end of
// the input (or :quit) it ends the process. A loop that was interrupted
// while its entry was blocked ends there (runtime.Goexit).
func next() func()

// report prints a panic an entry did not recover as the runtime prints one:
// "panic: " and the value; "interrupted" for Ctrl-C.
func report(v any)

// waitInterrupt blocks until Ctrl-C; false at once when the session is not
// on a terminal (a blocked entry is then Go's deadlock, as in a program).
func waitInterrupt() bool

// interrupt acts on Ctrl-C: an entry that is running panics with
// "interrupted" at its next safepoint; one that is blocked is left waiting
// and interrupt returns true: a new loop must take the session on.
func interrupt() bool

// Print shows an expression entry's values as fmt's %v does.
func Print(a ...any) {
	fmt.Println(a...)
}

// GC runs a collection and prints a summary of the heap (the REPL's :gc).
func GC() {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Printf("heap: %d KB in use in %d objects, %d KB from the system; %d collections, the next at %d KB; %d goroutines\n",
		m.HeapAlloc/1024, m.HeapObjects, m.HeapSys/1024, m.NumGC, m.NextGC/1024, runtime.NumGoroutine())
}

// Loop runs the session. The main goroutine stays on the thread that
// compiles (its stack is the large one the compiler needs).
func Loop() {
	runtime.LockOSThread()
	go watch()
	loop()
}

func loop() {
	for {
		if f := next(); f != nil {
			run(f)
		}
	}
}

func watch() {
	for waitInterrupt() {
		if interrupt() {
			go loop()
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
