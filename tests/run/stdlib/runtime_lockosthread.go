// run

// runtime.LockOSThread: the locked goroutine stays on its thread (seen through
// /proc/thread-self) across blocking operations, and no other goroutine runs on
// that thread meanwhile; locks nest; the trace says "locked to thread"; a
// goroutine that ends locked takes its thread with it.

package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"
)

func tid() string {
	s, err := os.Readlink("/proc/thread-self")
	if err != nil {
		panic(err)
	}
	return s[strings.LastIndex(s, "/")+1:]
}

func header() string {
	buf := make([]byte, 200)
	n := runtime.Stack(buf, false)
	return strings.SplitN(string(buf[:n]), "\n", 2)[0]
}

func main() {
	runtime.UnlockOSThread() // not locked: nothing to undo
	fmt.Println(header())

	// other goroutines keep every thread busy and note where they run
	var mu sync.Mutex
	seen := map[string]bool{}
	stop := make(chan bool)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				t := tid()
				mu.Lock()
				// still on that thread: a goroutine that read its thread
				// before main locked it and ran on elsewhere after does not
				// count
				if tid() == t {
					seen[t] = true
				}
				mu.Unlock()
				runtime.Gosched()
			}
		}()
	}

	runtime.LockOSThread()
	locked := tid()
	mu.Lock()
	seen = map[string]bool{} // only what runs from now on counts
	mu.Unlock()
	same := true
	ch := make(chan int)
	for i := 0; i < 50; i++ {
		go func(i int) { ch <- i }(i)
		<-ch
		runtime.Gosched()
		if i%10 == 0 {
			time.Sleep(time.Millisecond)
		}
		same = same && tid() == locked
	}
	fmt.Println("stays on its thread:", same)
	fmt.Println(header())

	// nested: two locks need two unlocks
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	fmt.Println("after one of two unlocks:", header())
	close(stop)
	wg.Wait()
	mu.Lock()
	fmt.Println("no other goroutine ran on it:", !seen[locked], len(seen) > 0)
	mu.Unlock()

	// a goroutine that ends locked: its thread ends too (main stays locked
	// meanwhile, so that it is not main's thread, which Go never ends)
	tids := make(chan string)
	go func() {
		runtime.LockOSThread()
		tids <- tid()
	}()
	t := <-tids
	gone := false
	for i := 0; i < 2000 && !gone; i++ {
		_, err := os.Stat("/proc/self/task/" + t)
		gone = os.IsNotExist(err)
		time.Sleep(time.Millisecond)
	}
	fmt.Println("thread of a goroutine that ended locked is gone:", gone)

	// one that unlocks before it ends leaves its thread
	go func() {
		runtime.LockOSThread()
		runtime.UnlockOSThread()
		tids <- tid()
	}()
	t = <-tids
	time.Sleep(20 * time.Millisecond)
	_, err := os.Stat("/proc/self/task/" + t)
	fmt.Println("thread of a goroutine that unlocked stays:", err == nil)
	fmt.Println("main still on its thread:", tid() == locked)
	runtime.UnlockOSThread()
	fmt.Println(header())
}
