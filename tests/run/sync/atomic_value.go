// run

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// atomic.Value: Load before any Store is nil; all Stores must use the same
// concrete type; storing nil panics.

type Config struct {
	Name    string
	Version int
}

func main() {
	var v atomic.Value
	fmt.Println("initial:", v.Load())

	v.Store(Config{"a", 1})
	fmt.Printf("%+v\n", v.Load().(Config))

	// Readers always see a complete value while a writer replaces it.
	var wg sync.WaitGroup
	bad := make(chan string, 100)
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				c := v.Load().(Config)
				if c.Name != fmt.Sprint("v", c.Version) && c.Version != 1 {
					bad <- fmt.Sprintf("%+v", c)
				}
			}
		}()
	}
	for i := 2; i <= 100; i++ {
		v.Store(Config{fmt.Sprint("v", i), i})
	}
	wg.Wait()
	close(bad)
	n := 0
	for range bad {
		n++
	}
	fmt.Println("torn reads:", n)
	fmt.Printf("%+v\n", v.Load())

	try := func(name string, f func()) {
		defer func() { fmt.Println(name+":", recover()) }()
		f()
	}
	try("store nil", func() { v.Store(nil) })
	try("store other type", func() { v.Store("a string") })

	// Swap and CompareAndSwap.
	var s atomic.Value
	fmt.Println("swap into empty:", s.Swap(1))
	fmt.Println("swap:", s.Swap(2), s.Load())
	fmt.Println("cas wrong old:", s.CompareAndSwap(1, 3), s.Load())
	fmt.Println("cas right old:", s.CompareAndSwap(2, 3), s.Load())

	// Storing pointers and slices is fine, as long as the type is stable.
	var pv atomic.Value
	x := []int{1, 2}
	pv.Store(x)
	pv.Store([]int{3})
	fmt.Println(pv.Load())
}
