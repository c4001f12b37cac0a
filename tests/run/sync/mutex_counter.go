// run

package main

import (
	"fmt"
	"sync"
)

// A Mutex protecting a counter: 100 goroutines x 1000 increments.

type Counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *Counter) Inc(key string) {
	c.mu.Lock()
	c.n[key]++
	c.mu.Unlock()
}

func (c *Counter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[key]
}

func main() {
	var mu sync.Mutex
	count := 0
	var wg sync.WaitGroup
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				count++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("count:", count)

	// A mutex embedded in a struct, keyed counts.
	c := Counter{n: map[string]int{}}
	keys := []string{"a", "b", "c"}
	for g := 0; g < 30; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				c.Inc(keys[(g+i)%3])
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(c.Value("a"), c.Value("b"), c.Value("c"))

	// The zero Mutex is unlocked; it can be locked and unlocked repeatedly,
	// and by a different goroutine than the one that locked it.
	var m sync.Mutex
	m.Lock()
	done := make(chan bool)
	go func() {
		m.Unlock()
		done <- true
	}()
	<-done
	m.Lock()
	fmt.Println("relocked after another goroutine unlocked")
	m.Unlock()

	// Lock as a sync.Locker.
	var l sync.Locker = &m
	l.Lock()
	l.Unlock()
	fmt.Println("locker ok")
}
