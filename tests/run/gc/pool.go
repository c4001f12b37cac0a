// run

package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"sync"
)

// sync.Pool across collections, as Go's: a collection moves the pooled
// items to the victim cache, where Get still finds them; the next one drops
// them. Automatic collections are off, so that only the ones asked for come
// between a Put and its Get (a Pool allocates its per-P caches again after
// every collection, which could trigger one; GOLITE_GC_STRESS included).
// One P: a goroutine that resumes on another P after a collection does not
// look at the private slot the first P's victim cache holds (in Go too).
type item struct{ name string }

func main() {
	debug.SetGCPercent(-1)
	runtime.GOMAXPROCS(1)
	a, b, c, d := &item{"a"}, &item{"b"}, &item{"c"}, &item{"d"}
	var p sync.Pool
	var got [8]any

	p.Put(a)
	got[0], got[1] = p.Get(), p.Get()

	p.Put(b)
	runtime.GC()
	got[2], got[3] = p.Get(), p.Get()

	p.Put(c)
	runtime.GC()
	runtime.GC()
	got[4] = p.Get()

	p.Put(d)
	runtime.GC()
	p.Put(a)
	got[5], got[6], got[7] = p.Get(), p.Get(), p.Get()

	for _, g := range got {
		if g == nil {
			fmt.Print("nil ")
		} else {
			fmt.Print(g.(*item).name, " ")
		}
	}
	fmt.Println()

	n := 0
	q := sync.Pool{New: func() any { n++; return n }}
	q.Put(100)
	runtime.GC()
	runtime.GC()
	fmt.Println(q.Get(), q.Get(), n)
}
