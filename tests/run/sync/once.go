// run

package main

import (
	"fmt"
	"sync"
)

// sync.Once runs its function exactly once, even with many concurrent
// callers, which all wait for it to finish. If f panics, Do considers it
// done: later calls do not run f again.

var (
	config     map[string]string
	configOnce sync.Once
	loads      int
)

func loadConfig() {
	loads++
	config = map[string]string{"mode": "fast"}
}

func getConfig(key string) string {
	configOnce.Do(loadConfig)
	return config[key]
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 50)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = getConfig("mode")
		}(i)
	}
	wg.Wait()
	allFast := true
	for _, r := range results {
		allFast = allFast && r == "fast"
	}
	fmt.Println("loads:", loads, "all see config:", allFast)

	// Each Once is independent; a different f on a used Once does not run.
	var o sync.Once
	o.Do(func() { fmt.Println("first f runs") })
	o.Do(func() { fmt.Println("second f: not printed") })
	var o2 sync.Once
	o2.Do(func() { fmt.Println("another Once runs its f") })

	// f panics: the panic reaches the caller of Do, and the Once is done.
	var p sync.Once
	calls := 0
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() {
			calls++
			panic("init failed")
		})
	}()
	p.Do(func() {
		calls++
		fmt.Println("not printed: Once already done")
	})
	fmt.Println("calls:", calls)

	// Do called recursively from a different Once inside f is fine.
	var outer, inner sync.Once
	outer.Do(func() {
		inner.Do(func() { fmt.Println("inner inside outer") })
	})

	// Once in a struct, used through a method.
	type lazy struct {
		once sync.Once
		v    int
	}
	l := &lazy{}
	get := func() int {
		l.once.Do(func() { l.v = 42 })
		return l.v
	}
	fmt.Println(get(), get())
}
