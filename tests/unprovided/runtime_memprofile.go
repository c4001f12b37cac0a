// unprovided
package main

// A standard function golite does not provide is a compile error at its
// use, in go's words for an unknown name, never a crash when it is reached.

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("start")
	var recs []runtime.MemProfileRecord
	n, ok := runtime.MemProfile(recs, true) // ERROR "undefined: runtime.MemProfile \(not provided by golite\)"
	fmt.Println(n, ok)
	f := runtime.MemProfile // ERROR "undefined: runtime.MemProfile \(not provided by golite\)"
	_ = f
}
