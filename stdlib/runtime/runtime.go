// Package runtime: the API golite's type checker sees for import "runtime".
//
// Names, signatures and constant values are Go 1.19's (src/runtime, Copyright The Go
// Authors, BSD-style licence). Functions without bodies are natives
// (stdlib/native_runtime.c); the bodies are Go's where noted. Checked against Go by
// stdlib/verify_api.sh.
//
// GOOS and GOARCH are linux/amd64's here; golite reports the host's.
//
// Program counters are addresses in golite's bytecode: a frame's pc is the address
// after its call instruction, as Go's return pcs are. Callers and Caller see the frames
// a traceback shows (golite's own bytecode: the program's functions and the standard
// functions written in Go; wrappers and natives have no frame), plus Go's runtime
// frames where golite does the same work in C: runtime.Callers itself (skip 0; and
// runtime.Caller for a negative skip), runtime.gopanic below a deferred call run by a
// panic (not the runtime function that raised a run-time error), runtime.main (and
// runtime.doInit) below main.main and the init functions, and runtime.goexit at the
// bottom of every goroutine. Those have Go 1.19's file and line, as the panic frames
// of golite's crash reports do.
//
// Not provided: MemProfile (golite samples no allocations, so it has no profile to
// report).
package runtime

// Compiler is the name of the compiler toolchain that built the running binary.
const Compiler = "gc"

// GOOS is the running program's operating system target: one of darwin, freebsd, linux, and so
// on.
const GOOS string = "linux"

// GOARCH is the running program's architecture target: one of 386, amd64, arm, s390x, and so
// on.
const GOARCH string = "amd64"

// MemProfileRate controls the fraction of memory allocations that are recorded and reported in
// the memory profile.
var MemProfileRate int

// Breakpoint executes a breakpoint trap.
func Breakpoint()

// Caller reports file and line number information about function invocations on the calling
// goroutine's stack.
func Caller(skip int) (pc uintptr, file string, line int, ok bool)

// Callers fills the slice pc with the return program counters of function invocations on the
// calling goroutine's stack.
func Callers(skip int, pc []uintptr) int

// CallersFrames takes a slice of PC values returned by Callers and prepares to return
// function/file/line information.
//
// From Go's symtab.go.
func CallersFrames(callers []uintptr) *Frames {
	f := &Frames{callers: callers}
	f.frames = f.frameStore[:0]
	return f
}

// FuncForPC returns a *Func describing the function that contains the given program counter
// address, or else nil.
func FuncForPC(pc uintptr) *Func

// GC runs a garbage collection and blocks the caller until the garbage collection is complete.
func GC()

// GOMAXPROCS sets the maximum number of CPUs that can be executing simultaneously and returns
// the previous setting.
func GOMAXPROCS(n int) int

// GOROOT returns the root of the Go tree.
//
// golite has no Go tree: this is GOROOT's value in the environment when the program
// started, or "" (what Go 1.19 returns for a binary built with -trimpath without
// GOROOT set).
func GOROOT() string

// Goexit terminates the goroutine that calls it.
func Goexit()

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// KeepAlive marks its argument as currently reachable.
func KeepAlive(x any)

// LockOSThread wires the calling goroutine to its current operating system thread.
//
// As Go's: until as many UnlockOSThread calls, the goroutine runs on that thread only
// and the thread runs nothing else; a goroutine that ends locked takes its thread
// with it.
func LockOSThread()

// MemProfile returns a profile of memory allocated and freed per allocation site.
//
// Not provided (no native): golite samples no allocations.
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool)

// NumCPU returns the number of logical CPUs usable by the current process.
func NumCPU() int

// NumCgoCall returns the number of cgo calls made by the current process.
//
// golite has no cgo: always 0 (calls through package ffi are not cgo calls).
func NumCgoCall() int64 {
	return 0
}

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats)

// SetFinalizer sets the finalizer associated with obj to the provided finalizer function.
func SetFinalizer(obj any, finalizer any) {
	setFinalizer(obj, finalizer, runfinq)
}

// setFinalizer checks SetFinalizer's arguments as Go's does (with its fatal
// errors) and records or removes the finalizer; the first one starts fing
// as the finalizer goroutine (golite's runtime/gc.c).
func setFinalizer(obj any, finalizer any, fing func())

// runfinq is the finalizer goroutine (Go's runfinq): it runs the finalizers
// collections queue, one at a time, and sleeps in "finalizer wait" while
// there are none.
func runfinq() {
	for {
		if !runfinq1() {
			fingwait()
		}
	}
}

// runfinq1 runs the next queued finalizer; false when none is queued.
func runfinq1() bool

// fingwait parks until a collection queues a finalizer (at once if one is).
func fingwait()

// Stack formats a stack trace of the calling goroutine into buf and returns the number of bytes
// written to buf.
//
// The trace is the one golite's crash reports print; with all, the other goroutines'
// follow, read with the world stopped, as Go's.
func Stack(buf []byte, all bool) int

// UnlockOSThread undoes an earlier call to LockOSThread.
func UnlockOSThread()

// Version returns the Go tree's version string.
//
// golite is not built from a Go tree: it returns "devel golite-VERSION go1.19",
// VERSION being golite's (`golite version`), in the form of Go's development builds
// ("devel ..."), which tools take for an unreleased Go. go1.19 is the language
// golite implements.
func Version() string

// The Error interface identifies a run time error.
type Error interface {
	error
	// RuntimeError is a no-op function but serves to distinguish types that are run time errors
	// from ordinary errors: a type is a run time error if it has a RuntimeError method.
	RuntimeError()
}

// Frame is the information returned by Frames for each call frame.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames may be used to get function/file/line information for a slice of PC values returned by
// Callers.
type Frames struct {
	callers    []uintptr
	frames     []Frame
	frameStore [2]Frame
}

// Next returns a Frame representing the next call frame in the slice of PC values.
//
// From Go's symtab.go (golite inlines nothing: every frame has its Func).
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.frames) < 2 {
		// Find the next frame.
		// We need to look for 2 frames so we know what
		// to return for the "more" result.
		if len(ci.callers) == 0 {
			break
		}
		pc := ci.callers[0]
		ci.callers = ci.callers[1:]
		f, entry := findfunc(pc)
		if f == nil {
			continue
		}
		if pc > entry {
			// We store the pc of the start of the instruction following
			// the instruction in question (the call or the inline mark).
			// This is done for historical reasons, and to make FuncForPC
			// work correctly for entries in the result of runtime.Callers.
			pc--
		}
		ci.frames = append(ci.frames, Frame{
			PC:    pc,
			Func:  f,
			Entry: entry,
		})
	}

	// Pop one frame from the frame list. Keep the rest.
	// Avoid allocation in the common case, which is 1 or 2 frames.
	switch len(ci.frames) {
	case 0: // In the rare case when there are no frames at all, we return Frame{}.
		return
	case 1:
		frame = ci.frames[0]
		ci.frames = ci.frameStore[:0]
	case 2:
		frame = ci.frames[0]
		ci.frameStore[0] = ci.frames[1]
		ci.frames = ci.frameStore[:1]
	default:
		frame = ci.frames[0]
		ci.frames = ci.frames[1:]
	}
	more = len(ci.frames) > 0
	if frame.Func != nil {
		// Compute file/line just before we need to return it,
		// as it can be expensive. This avoids computing file/line
		// for the Frame we find but don't return. See issue 32093.
		frame.Function = frame.Func.Name()
		frame.File, frame.Line = frame.Func.FileLine(frame.PC)
	}
	return
}

// findfunc is the function whose code holds pc, and its entry (nil, 0: none).
func findfunc(pc uintptr) (f *Func, entry uintptr)

// A Func represents a Go function in the running binary.
type Func struct {
	opaque struct{}
}

// Entry returns the entry address of the function.
func (f *Func) Entry() uintptr

// FileLine returns the file name and line number of the source code corresponding to the
// program counter pc.
func (f *Func) FileLine(pc uintptr) (file string, line int)

// Name returns the name of the function.
func (f *Func) Name() string

// A MemProfileRecord describes the live objects allocated by a particular call sequence (stack
// trace).
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64
	AllocObjects, FreeObjects int64
	Stack0                    [32]uintptr
}

// InUseBytes returns the number of bytes in use (AllocBytes - FreeBytes).
//
// From Go's mprof.go, as the two below.
func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

// InUseObjects returns the number of objects in use (AllocObjects - FreeObjects).
func (r *MemProfileRecord) InUseObjects() int64 {
	return r.AllocObjects - r.FreeObjects
}

// Stack returns the stack trace associated with the record, a prefix of r.Stack0.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// A MemStats records statistics about the memory allocator.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size uint32

		Mallocs uint64

		Frees uint64
	}
}

// A TypeAssertionError explains a failed type assertion.
//
// golite's runtime writes the whole text where the assertion failed (msg, first, so
// that the value is laid out as the runtime's own errors are); missingMethod is
// Go's field, unused.
type TypeAssertionError struct {
	msg           string
	missingMethod string
}

func (e *TypeAssertionError) Error() string {
	return e.msg
}

func (*TypeAssertionError) RuntimeError() {}

// A failed type assertion panics with a *TypeAssertionError: the runtime is given
// this program's type for it, so that recover() returns a value of it.
func init() {
	setTypeAssertionErrorType((*TypeAssertionError)(nil))
}

func setTypeAssertionErrorType(e any)
