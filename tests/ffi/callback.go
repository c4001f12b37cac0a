// ffi
package main

// Callbacks from C into Go: qsort and bsearch with Go comparators (the
// number of calls is C's own), a callback that sleeps and uses a channel
// (a nested VM entry that parks), a panic leaving a callback, and the
// signature checks of NewCallback. callback.c does the same in C.

import (
	"ffi"
	"fmt"
	"time"
	"unsafe"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

var calls int

func cmpInt32(a, b unsafe.Pointer) int {
	calls++
	x, y := *(*int32)(a), *(*int32)(b)
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

func main() {
	c, err := ffi.Open("libc.so.6")
	check(err)
	qsort, err := c.Func("qsort", ffi.Void, ffi.Pointer, ffi.SizeT, ffi.SizeT, ffi.Pointer)
	check(err)
	bsearch, err := c.Func("bsearch", ffi.Pointer, ffi.Pointer, ffi.Pointer, ffi.SizeT, ffi.SizeT, ffi.Pointer)
	check(err)
	cmp, err := ffi.NewCallback(cmpInt32, ffi.Int, ffi.Pointer, ffi.Pointer)
	check(err)

	xs := []int32{5, -3, 9, 0, 42, 7, 7, -100, 13, 1, 8, 2}
	qsort.Call(xs, len(xs), 4, cmp)
	fmt.Println("sorted:", xs, "comparisons:", calls)
	for _, k := range []int32{42, 6} {
		key := k
		p := bsearch.Call(unsafe.Pointer(&key), xs, len(xs), 4, cmp.Ptr()).(uintptr)
		if p == 0 {
			fmt.Println("bsearch", k, ": not found")
		} else {
			fmt.Println("bsearch", k, ": index", (p-uintptr(unsafe.Pointer(&xs[0])))/4)
		}
	}

	// doubles, descending, with a callback that parks (sleep, channel)
	fs := []float64{2.5, -1, 3.25, 0, 10}
	seen := make(chan float64, 100)
	slept := false
	desc, err := ffi.NewCallback(func(a, b unsafe.Pointer) int32 {
		x, y := *(*float64)(a), *(*float64)(b)
		if !slept {
			time.Sleep(time.Millisecond)
			slept = true
		}
		seen <- x
		if x > y {
			return -1
		}
		if x < y {
			return 1
		}
		return 0
	}, ffi.Int32, ffi.Pointer, ffi.Pointer)
	check(err)
	qsort.Call(fs, len(fs), 8, desc)
	fmt.Println("descending:", fs, "values seen:", len(seen) > 0)

	// a panic in a callback reaches the Go code that called C
	boom, err := ffi.NewCallback(func(a, b unsafe.Pointer) int { panic("boom in a callback") },
		ffi.Int, ffi.Pointer, ffi.Pointer)
	check(err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		qsort.Call(xs, len(xs), 4, boom)
	}()
	calls = 0
	ys := []int32{3, 1, 2}
	qsort.Call(ys, len(ys), 4, cmp)
	fmt.Println("after the panic:", ys, calls)

	// what NewCallback refuses
	_, err = ffi.NewCallback(42, ffi.Int)
	fmt.Println(err)
	_, err = ffi.NewCallback(func(a int) int { return a }, ffi.Int, ffi.Int, ffi.Int)
	fmt.Println(err)
	_, err = ffi.NewCallback(func(a float64) int { return 0 }, ffi.Int, ffi.Int)
	fmt.Println(err)
	_, err = ffi.NewCallback(func() {}, ffi.Int)
	fmt.Println(err)
	_, err = ffi.NewCallback(func() string { return "" }, ffi.String)
	fmt.Println(err)
}
