// escape
package main

import "sync"

func goClosure() int {
	var wg sync.WaitGroup
	x := 0
	wg.Add(1)
	go func() {
		x = 1
		wg.Done()
	}()
	wg.Wait()
	return x
}

func goLoop() int {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			mu.Lock()
			total += n
			mu.Unlock()
			wg.Done()
		}(i)
	}
	wg.Wait()
	return total
}

func loopCapture() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	s := 0
	for _, f := range fs {
		s += f()
	}
	return s
}

func loopCaptureCopy() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j })
	}
	return fs[0]() + fs[2]()
}

func loopDirect() int {
	s := 0
	for i := 0; i < 3; i++ {
		func() { s += i }()
	}
	return s
}

func main() {
	println(goClosure(), goLoop(), loopCapture(), loopCaptureCopy(), loopDirect())
}
