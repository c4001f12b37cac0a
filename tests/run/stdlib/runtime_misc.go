// run

// runtime's small functions: GOROOT (the environment's, at start), Version,
// NumCgoCall, MemProfileRecord's methods, the constants.

package main

import (
	"fmt"
	"os"
	"runtime"
)

func main() {
	fmt.Println("GOROOT as the environment's:", runtime.GOROOT() == os.Getenv("GOROOT"))
	os.Setenv("GOROOT", "/elsewhere")
	fmt.Println("GOROOT after Setenv:", runtime.GOROOT() == "/elsewhere")
	fmt.Println("Version is set:", runtime.Version() != "")
	fmt.Println("NumCgoCall:", runtime.NumCgoCall())
	fmt.Println(runtime.Compiler, runtime.GOOS, runtime.GOARCH)

	r := runtime.MemProfileRecord{AllocBytes: 1000, FreeBytes: 400, AllocObjects: 10, FreeObjects: 7}
	fmt.Println(r.InUseBytes(), r.InUseObjects(), len(r.Stack()), r.Stack())
	r.Stack0[0], r.Stack0[1], r.Stack0[2] = 0x10, 0x20, 0
	fmt.Println(r.Stack())
	for i := range r.Stack0 {
		r.Stack0[i] = uintptr(i + 1)
	}
	fmt.Println(len(r.Stack()), r.Stack()[31])
	var p *runtime.MemProfileRecord
	defer func() { fmt.Println("nil record:", recover()) }()
	p.InUseBytes()
}
