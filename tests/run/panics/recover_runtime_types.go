// run

package main

import (
	"fmt"
	"runtime"
)

// The dynamic types of runtime errors, as %T shows them, and the
// runtime.Error interface.

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%s: %T runtime.Error=%v\n", name, r, isRT)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	var m map[int]int
	var ip *int
	zero := 0
	var x interface{} = 1.5
	n := -1
	try("index", func() { _ = s[i] })
	try("slice", func() { _ = s[:i] })
	try("nil-map", func() { m[1] = 1 })
	try("nil-deref", func() { _ = *ip })
	try("div-zero", func() { _ = 1 / zero })
	try("assert", func() { _ = x.(string) })
	try("neg-shift", func() { _ = 1 >> n })
	try("string", func() { panic("plain string") })
	try("error", func() { panic(fmt.Errorf("made by fmt")) })
}
