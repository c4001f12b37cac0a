// run

package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// runtime.SetFinalizer: finalizers run once their object is unreachable,
// with the object converted to their parameter's type, one at a time on the
// finalizer goroutine, which NumGoroutine does not count; not while the
// object is reachable; not after SetFinalizer(p, nil). An object a
// finalizer reaches is finalized only once that one is gone; a finalizer
// may keep its object or set a new finalizer on it.
//
// The objects are made in goroutines that have ended: the collector scans
// stacks conservatively, and a dead goroutine's stack is not scanned at all.

type T struct {
	name string
	next *T
}

func (t *T) String() string { return "T(" + t.name + ")" }

var (
	mu     sync.Mutex
	events []string
	kept   *T
	back   *T
)

func note(s string) {
	mu.Lock()
	events = append(events, s)
	mu.Unlock()
}

// has reports whether every one of want has happened.
func has(want ...string) bool {
	mu.Lock()
	defer mu.Unlock()
	for _, w := range want {
		found := false
		for _, e := range events {
			found = found || e == w
		}
		if !found {
			return false
		}
	}
	return true
}

func take() []string {
	mu.Lock()
	defer mu.Unlock()
	e := events
	events = nil
	return e
}

func inGoroutine(f func()) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
	wg.Wait()
	time.Sleep(5 * time.Millisecond) // until it has ended
}

// collect runs collections until every one of want has happened (or 50 tries).
func collect(want ...string) {
	for i := 0; i < 50 && !has(want...); i++ {
		runtime.GC()
		time.Sleep(5 * time.Millisecond)
	}
}

func main() {
	inGoroutine(func() {
		a := &T{name: "a"}
		runtime.SetFinalizer(a, func(t *T) { note("pointer param " + t.name) })
		b := &T{name: "b"}
		runtime.SetFinalizer(b, func(x any) { note(fmt.Sprintf("any param %T %v", x, x)) })
		c := &T{name: "c"}
		runtime.SetFinalizer(c, func(s fmt.Stringer) { note("Stringer param " + s.String()) })
		d := &T{name: "d"}
		runtime.SetFinalizer(d, func(t *T) (int, string) { note("with results " + t.name); return 1, "x" })
		e := &T{name: "e"}
		runtime.SetFinalizer(e, func(t *T) { note("cleared finalizer ran") })
		runtime.SetFinalizer(e, nil)
		kept = &T{name: "kept"}
		runtime.SetFinalizer(kept, func(t *T) { note("finalized " + t.name) })
	})
	collect("pointer param a", "any param *main.T T(b)", "Stringer param T(c)", "with results d")
	collect("never happens") // a few more cycles: e and kept must stay quiet
	fmt.Println(len(take()), "finalizers ran")
	fmt.Println("goroutines:", runtime.NumGoroutine())

	kept = nil
	collect("finalized kept")
	fmt.Println(take())

	// head points to tail: head's finalizer runs first, tail's after it
	inGoroutine(func() {
		tail := &T{name: "tail"}
		head := &T{name: "head", next: tail}
		runtime.SetFinalizer(tail, func(t *T) { note("chain " + t.name) })
		runtime.SetFinalizer(head, func(t *T) { note("chain " + t.name) })
	})
	collect("chain head", "chain tail")
	fmt.Println(take())

	// a finalizer that keeps its object: the object stays usable
	inGoroutine(func() {
		r := &T{name: "phoenix"}
		runtime.SetFinalizer(r, func(t *T) { note("resurrected " + t.name); back = t })
	})
	collect("resurrected phoenix")
	collect("never happens")
	fmt.Println(take(), back)
	back = nil

	// a finalizer that sets another one: it runs in a later cycle
	inGoroutine(func() {
		r := &T{name: "twice"}
		runtime.SetFinalizer(r, func(t *T) {
			note("first " + t.name)
			runtime.SetFinalizer(t, func(t *T) { note("second " + t.name) })
		})
	})
	collect("first twice", "second twice")
	fmt.Println(take())

	// a finalizer that blocks: the others wait for it, and main goes on
	release := make(chan string)
	inGoroutine(func() {
		w := &T{name: "waiter"}
		runtime.SetFinalizer(w, func(t *T) { note(t.name + " got " + <-release) })
	})
	collect("never happens")
	release <- "go"
	collect("waiter got go")
	fmt.Println(take(), runtime.NumGoroutine())
}
