// run

// runtime.Caller, Callers, CallersFrames and FuncForPC: function names, files
// (base names: Go's are build-dependent) and exact lines, in functions, methods,
// closures, deferred calls, goroutines and init; Go's runtime frames at the bottom.

package main

import (
	"fmt"
	"runtime"
	"strings"
)

func base(file string) string {
	return file[strings.LastIndex(file, "/")+1:]
}

// where prints the caller of where's caller.
func where(label string) {
	pc, file, line, ok := runtime.Caller(1)
	fn := runtime.FuncForPC(pc)
	ffile, fline := fn.FileLine(pc)
	fmt.Printf("%s: %s %s:%d ok=%v fileline=%s:%d entry<=pc=%v\n", label, fn.Name(), base(file), line, ok,
		base(ffile), fline, fn.Entry() <= pc)
}

// stack prints the frames from its caller down.
func stack(label string) {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	fmt.Printf("%s (%d frames):\n", label, n)
	for {
		f, more := frames.Next()
		fmt.Printf("  %s %s:%d\n", f.Function, base(f.File), f.Line)
		if !more {
			break
		}
	}
}

type T struct{ n int }

func (t T) value() {
	where("value method")
}

func (t *T) pointer() {
	where("pointer method")
	f := func() {
		where("closure in method")
		g := func() {
			stack("nested closure")
		}
		g()
	}
	f()
}

type Stacker interface{ pointer() }

func deferred() {
	defer where("deferred call")
	defer func(label string) {
		stack(label)
	}("deferred closure")
	fmt.Println("deferred: body")
}

func recovering() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		stack("in a deferred call run by a panic")
	}()
	panic("boom")
}

func recursive(n int) {
	if n == 0 {
		stack("recursion")
		return
	}
	recursive(n - 1)
}

func init() {
	where("init")
	stack("init")
}

func main() {
	where("main")
	T{1}.value()
	(&T{2}).pointer()
	var s Stacker = &T{3}
	s.pointer()
	deferred()
	recovering()
	recursive(3)

	f := func(x int) int {
		where("function value")
		return x
	}
	f(1)

	done := make(chan bool)
	go func() {
		where("goroutine")
		stack("goroutine")
		done <- true
	}()
	<-done

	// skip 0 is Caller's caller; past the stack, ok is false
	_, file, line, ok := runtime.Caller(0)
	fmt.Println("Caller(0):", base(file), line, ok)
	pc, file, line, ok := runtime.Caller(100)
	fmt.Printf("Caller(100): %d %q %d %v\n", pc, file, line, ok)

	// Callers: skip 0 is Callers itself; a short slice; nothing past the stack
	pcs := make([]uintptr, 2)
	n := runtime.Callers(0, pcs)
	fmt.Println("Callers(0) into 2:", n, runtime.FuncForPC(pcs[0]-1).Name(), runtime.FuncForPC(pcs[1]-1).Name())
	fmt.Println("Callers(100):", runtime.Callers(100, pcs))
	fmt.Println("Callers into nil:", runtime.Callers(1, nil))

	// FuncForPC of a Callers entry (pc-1: inside the call)
	big := make([]uintptr, 10)
	n = runtime.Callers(1, big)
	fmt.Println("FuncForPC:", runtime.FuncForPC(big[0]-1).Name(), n)

	// frames of an empty slice; a nil *Func; no function at pc 0
	fr, more := runtime.CallersFrames(nil).Next()
	fmt.Printf("empty frames: %q %d %v %v\n", fr.Function, fr.Line, fr.Func == nil, more)
	var nilf *runtime.Func
	fmt.Printf("nil Func: %q; FuncForPC(0) == nil: %v\n", nilf.Name(), runtime.FuncForPC(0) == nil)

	// the Frame's fields agree with FuncForPC
	n = runtime.Callers(1, big)
	frames := runtime.CallersFrames(big[:n])
	first, _ := frames.Next()
	fmt.Println("frame:", first.Func.Name() == first.Function, first.Entry == first.Func.Entry(),
		first.PC == big[0]-1, first.Entry < first.PC)
}
