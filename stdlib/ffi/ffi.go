// Package ffi calls C functions in shared libraries, without a compile step.
// It is golite's own package (Go has none like it) and runs over libffi.
//
//	lib, err := ffi.Open("libm.so.6")
//	cos, err := lib.Func("cos", ffi.Double, ffi.Double) // result type, then parameter types
//	y := cos.Call(1.0).(float64)
//
// Types and their Go values. A parameter takes any Go value of the kinds
// listed (named types too: the underlying kind decides); a result is
// returned as the Go type given.
//
//	C type                  ffi.Type  parameter (Go value)                 result
//	int8_t … uint64_t       Int8 …    any integer or bool, converted       int8 … uint64
//	int, unsigned           Int, Uint   as C converts (truncated)          int, uint
//	long, unsigned long     Long, Ulong                                    int, uint
//	size_t                  SizeT                                          uint
//	float, double           Float, Double  any float or integer           float32, float64
//	void*                   Pointer   uintptr, unsafe.Pointer, a Go        uintptr
//	                                  pointer, a slice (its first element),
//	                                  an integer address, nil
//	const char*             String    string (copied, NUL added), nil      string (copied; NULL gives "")
//	void                    Void      (results only)                       nil
//
// A Go pointer or slice handed to C stays alive for the call; C must not keep
// it afterwards, and, as with cgo, memory handed to C must not hold Go
// pointers that C moves or keeps. A call runs in system-call state: a long C call does not hold
// the goroutine's P, other goroutines go on running. Standard output written
// by golite before the call appears before the C function's output, and C's
// stdout buffer is flushed when the call returns.
//
// Wrong argument counts or kinds panic with a message naming the function;
// missing libraries and symbols are errors carrying dlerror's text. Variadic
// C functions (printf) and structs by value are not supported.
//
// C can call Go: NewCallback makes a C function pointer of a Go function,
// for qsort's comparator or a library's hook. C must call it on the thread of
// a C call golite made (while that call runs), as qsort does; a callback
// lives until the program ends.
//
// `golite run --no-ffi` (or GOLITE_NO_FFI=1 in the environment) makes
// `import "ffi"` a compile error, for scripts that are not trusted.
package ffi

import (
	"errors"
	"math"
	"strconv"
)

// Type is a C type of a parameter or a result.
type Type int

// The C types.
const (
	Void Type = iota
	Int8
	Int16
	Int32
	Int64
	Uint8
	Uint16
	Uint32
	Uint64
	Int
	Uint
	Long
	Ulong
	SizeT
	Float
	Double
	Pointer
	String
	numTypes
)

var typeNames = [...]string{
	"void", "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t",
	"uint64_t", "int", "unsigned int", "long", "unsigned long", "size_t", "float", "double",
	"void*", "char*",
}

// String returns the C name of t: "double", "int32_t", "char*".
func (t Type) String() string {
	if t < 0 || t >= numTypes {
		return "ffi.Type(" + strconv.Itoa(int(t)) + ")"
	}
	return typeNames[t]
}

// A Lib is a shared library opened with Open.
type Lib struct {
	h    uintptr
	name string
	sigs []uintptr
}

// A Func is a C function of a Lib with its C signature.
type Func struct {
	name string
	fn   uintptr
	sig  uintptr
	ret  Type
	args []Type
	lib  *Lib
}

// Open opens the shared library name (dlopen with RTLD_NOW): a file name
// such as "libm.so.6", searched as the dynamic linker does, or a path.
// The empty name opens the running program, which holds the C library.
func Open(name string) (*Lib, error) {
	h, msg := dlopen(name)
	if h == 0 {
		return nil, errors.New(msg)
	}
	return &Lib{h: h, name: name}, nil
}

// Name returns the name the library was opened with.
func (l *Lib) Name() string { return l.name }

// Sym returns the address of the symbol name (a function or a variable).
func (l *Lib) Sym(name string) (uintptr, error) {
	if l.h == 0 {
		return 0, errors.New("ffi: library " + l.name + " is closed")
	}
	p, msg := dlsym(l.h, name)
	if msg != "" {
		return 0, errors.New(msg)
	}
	return p, nil
}

// Func looks up the C function name and returns it with the signature
// given: its result type (Void for none), then its parameter types.
func (l *Lib) Func(name string, ret Type, args ...Type) (*Func, error) {
	if ret < 0 || ret >= numTypes {
		return nil, errors.New("ffi: " + name + ": bad result type " + ret.String())
	}
	for i, t := range args {
		if t < 0 || t >= numTypes {
			return nil, errors.New("ffi: " + name + ": bad type " + t.String() + " of parameter " + strconv.Itoa(i+1))
		}
		if t == Void {
			return nil, errors.New("ffi: " + name + ": parameter " + strconv.Itoa(i+1) + " is void: void is only a result type")
		}
	}
	fn, err := l.Sym(name)
	if err != nil {
		return nil, err
	}
	sig := prep(ret, args)
	l.sigs = append(l.sigs, sig)
	return &Func{name: name, fn: fn, sig: sig, ret: ret, args: append([]Type(nil), args...), lib: l}, nil
}

// Close closes the library (dlclose). Its functions must not be called
// afterwards: they panic.
func (l *Lib) Close() error {
	if l.h == 0 {
		return errors.New("ffi: library " + l.name + " is already closed")
	}
	for _, s := range l.sigs {
		freesig(s)
	}
	l.sigs = nil
	msg := dlclose(l.h)
	l.h = 0
	if msg != "" {
		return errors.New(msg)
	}
	return nil
}

// Name returns the C function's name.
func (f *Func) Name() string { return f.name }

// String returns the C prototype: "double cos(double)".
func (f *Func) String() string {
	s := f.ret.String() + " " + f.name + "("
	for i, t := range f.args {
		if i > 0 {
			s += ", "
		}
		s += t.String()
	}
	if len(f.args) == 0 {
		s += "void"
	}
	return s + ")"
}

// Call calls the C function with args, converted to its parameter types,
// and returns its result as the Go type its result type gives (nil for
// Void). It panics when the arguments do not fit the signature.
func (f *Func) Call(args ...any) any {
	if f.lib.h == 0 {
		panic("ffi: " + f.name + " called after its library " + f.lib.name + " was closed")
	}
	if len(args) != len(f.args) {
		panic("ffi: " + f.String() + " takes " + plural(len(f.args), "argument") + ", called with " + strconv.Itoa(len(args)))
	}
	bits, s := call(f.name, f.fn, f.sig, args)
	switch f.ret {
	case Void:
		return nil
	case Int8:
		return int8(bits)
	case Int16:
		return int16(bits)
	case Int32:
		return int32(bits)
	case Int64:
		return int64(bits)
	case Uint8:
		return uint8(bits)
	case Uint16:
		return uint16(bits)
	case Uint32:
		return uint32(bits)
	case Uint64:
		return bits
	case Int, Long:
		return int(bits)
	case Uint, Ulong, SizeT:
		return uint(bits)
	case Float:
		return math.Float32frombits(uint32(bits))
	case Double:
		return math.Float64frombits(bits)
	case Pointer:
		return uintptr(bits)
	}
	return s
}

// A Callback is a Go function that C can call through a function pointer.
// Passed for a Pointer parameter, a *Callback gives its function pointer.
type Callback struct {
	ptr  uintptr // first: Func.Call reads it for a Pointer parameter
	fn   any
	sig  uintptr
	ret  Type
	args []Type
}

// callbacks keeps every callback's Go function alive: C may keep the pointer.
var callbacks []*Callback

// NewCallback returns a C function pointer that calls fn, a Go function
// whose parameters and result have the Go types the C types give (the
// table above: C int is Go int, double float64, void* uintptr or
// unsafe.Pointer, char* string (copied)); ret Void for a function without a
// result. A String result is not allowed: C cannot own Go memory.
func NewCallback(fn any, ret Type, args ...Type) (*Callback, error) {
	if ret < 0 || ret >= numTypes || ret == String {
		return nil, errors.New("ffi: NewCallback: bad result type " + ret.String())
	}
	for i, t := range args {
		if t <= 0 || t >= numTypes {
			return nil, errors.New("ffi: NewCallback: bad type " + t.String() + " of parameter " + strconv.Itoa(i+1))
		}
	}
	ptr, sig, msg := newcallback(fn, ret, args)
	if msg != "" {
		return nil, errors.New("ffi: NewCallback: " + msg)
	}
	cb := &Callback{ptr: ptr, fn: fn, sig: sig, ret: ret, args: append([]Type(nil), args...)}
	callbacks = append(callbacks, cb)
	return cb, nil
}

// Ptr returns the C function pointer.
func (c *Callback) Ptr() uintptr { return c.ptr }

// GoString returns a copy of the NUL-terminated C string at p ("" for 0).
func GoString(p uintptr) string

// GoBytes returns a copy of the n bytes of C memory at p.
func GoBytes(p uintptr, n int) []byte

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return strconv.Itoa(n) + " " + what + "s"
}

// dlopen is golite's: dlopen(3); h is 0 and msg dlerror's text on failure (native).
func dlopen(name string) (h uintptr, msg string)

// dlsym is golite's: dlsym(3); msg is dlerror's text on failure (native).
func dlsym(h uintptr, name string) (p uintptr, msg string)

// dlclose is golite's: dlclose(3); msg is dlerror's text on failure (native).
func dlclose(h uintptr) (msg string)

// prep is golite's: a prepared libffi call interface for the signature, in C memory (native).
func prep(ret Type, args []Type) uintptr

// freesig is golite's: frees what prep returned (native).
func freesig(sig uintptr)

// call is golite's: converts args, calls fn in system-call state, returns the
// result's bits (integers extended to 64 bits, a float's bits in the low half)
// or a String result copied (native).
func call(name string, fn, sig uintptr, args []any) (bits uint64, s string)

// newcallback is golite's: checks fn's type against the C signature and
// makes a libffi closure calling it; msg says what does not fit (native).
func newcallback(fn any, ret Type, args []Type) (ptr uintptr, sig uintptr, msg string)
