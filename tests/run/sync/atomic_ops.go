// run

package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// sync/atomic functions, used concurrently and sequentially.

func main() {
	var n64 int64
	var n32 int32
	var u32 uint32
	var u64 uint64
	var wg sync.WaitGroup
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				atomic.AddInt64(&n64, 2)
				atomic.AddInt32(&n32, -1)
				atomic.AddUint32(&u32, 1)
				atomic.AddUint64(&u64, 3)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n64), atomic.LoadInt32(&n32),
		atomic.LoadUint32(&u32), atomic.LoadUint64(&u64))

	// Add returns the new value; subtracting from unsigned via ^uint32(0).
	fmt.Println(atomic.AddInt64(&n64, 5), atomic.AddUint32(&u32, ^uint32(0)))

	// CompareAndSwap: exactly one of many goroutines wins each round.
	var flag int32
	var winners int32
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&flag, 0, 1) {
				atomic.AddInt32(&winners, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("CAS winners:", winners, "flag:", flag)
	fmt.Println(atomic.CompareAndSwapInt32(&flag, 0, 2), atomic.CompareAndSwapInt32(&flag, 1, 2))
	fmt.Println(flag)

	// A CAS loop implementing an atomic max.
	var max int64
	for g := 1; g <= 30; g++ {
		wg.Add(1)
		go func(v int64) {
			defer wg.Done()
			for {
				old := atomic.LoadInt64(&max)
				if v <= old || atomic.CompareAndSwapInt64(&max, old, v) {
					return
				}
			}
		}(int64(g * 7 % 31))
	}
	wg.Wait()
	fmt.Println("max:", max)

	// Store, Swap.
	var s uint32
	atomic.StoreUint32(&s, 7)
	fmt.Println(atomic.LoadUint32(&s), atomic.SwapUint32(&s, 9))
	fmt.Println(s)
	var i64 int64
	atomic.StoreInt64(&i64, -1<<40)
	fmt.Println(atomic.SwapInt64(&i64, 1))
	fmt.Println(i64)
	var up uintptr
	atomic.AddUintptr(&up, 3)
	fmt.Println(atomic.LoadUintptr(&up))

	// Wrap-around is two's complement.
	var w int32 = 1<<31 - 1
	fmt.Println(atomic.AddInt32(&w, 1))
	var uw uint64
	fmt.Println(atomic.AddUint64(&uw, ^uint64(0)))

	// The typed atomics of Go 1.19.
	var ai atomic.Int64
	var ab atomic.Bool
	var au atomic.Uint32
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ai.Add(10)
			au.Add(1)
			ab.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println(ai.Load(), au.Load(), ab.Load())
	fmt.Println(ai.CompareAndSwap(100, 1), ai.Swap(5), ai.Load())
	var ai32 atomic.Int32
	ai32.Store(-4)
	fmt.Println(ai32.Add(1), ab.Swap(false), ab.Load())
}
