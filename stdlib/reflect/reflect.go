// Package reflect: the API golite's type checker sees for import "reflect".
//
// Names, signatures and constant values are Go 1.19's (src/reflect, Copyright The Go
// Authors, BSD-style licence), as stdlib/gen_api.sh writes them for the names in its
// reflect configuration; checked against Go by stdlib/verify_api.sh. By hand: Value's
// unexported fields are Go's (typ, ptr, flag), rtype and uncommonType are stand-ins
// for golite's descriptor, and what value.go implements in Go is not declared here.
//
// DeepEqual is a native (stdlib/native_reflect.c); value.go says what else is
// provided. The functions and methods declared below without a body and not
// listed there are not provided.
package reflect

import (
	"unsafe"
)

const (
	Invalid       Kind = 0
	Bool          Kind = 1
	Int           Kind = 2
	Int8          Kind = 3
	Int16         Kind = 4
	Int32         Kind = 5
	Int64         Kind = 6
	Uint          Kind = 7
	Uint8         Kind = 8
	Uint16        Kind = 9
	Uint32        Kind = 10
	Uint64        Kind = 11
	Uintptr       Kind = 12
	Float32       Kind = 13
	Float64       Kind = 14
	Complex64     Kind = 15
	Complex128    Kind = 16
	Array         Kind = 17
	Chan          Kind = 18
	Func          Kind = 19
	Interface     Kind = 20
	Map           Kind = 21
	Pointer       Kind = 22
	Slice         Kind = 23
	String        Kind = 24
	Struct        Kind = 25
	UnsafePointer Kind = 26
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

const (
	RecvDir ChanDir = 0x1
	SendDir ChanDir = 0x2
	BothDir         = RecvDir | SendDir
)

// DeepEqual reports whether x and y are “deeply equal,” defined as follows.
func DeepEqual(x, y any) bool

// ChanDir represents a channel type's direction.
type ChanDir int

// A Kind represents the specific kind of type that a Type represents.
type Kind uint

// A MapIter is an iterator for ranging over a map.
type MapIter struct {
	m Value
}

// Key returns the key of iter's current map entry.
func (iter *MapIter) Key() Value

// Next advances the map iterator and reports whether there is another entry.
func (iter *MapIter) Next() bool

// Reset modifies iter to iterate over v.
func (iter *MapIter) Reset(v Value)

// Value returns the value of iter's current map entry.
func (iter *MapIter) Value() Value

// Method represents a single method.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// SliceHeader is the runtime representation of a slice.
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}

// StringHeader is the runtime representation of a string.
type StringHeader struct {
	Data uintptr
	Len  int
}

// A StructField describes a single field in a struct.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// A StructTag is the tag string in a struct field.
type StructTag string

// Type is the representation of a Go type.
type Type interface {
	// Align returns the alignment in bytes of a value of this type when allocated in memory.
	Align() int
	// FieldAlign returns the alignment in bytes of a value of this type when used as a field in a
	// struct.
	FieldAlign() int
	// Method returns the i'th method in the type's method set.
	Method(int) Method
	// MethodByName returns the method with that name in the type's method set and a boolean
	// indicating if the method was found.
	MethodByName(string) (Method, bool)
	// NumMethod returns the number of methods accessible using Method.
	NumMethod() int
	// Name returns the type's name within its package for a defined type.
	Name() string
	// PkgPath returns a defined type's package path, that is, the import path that uniquely
	// identifies the package, such as "encoding/base64".
	PkgPath() string
	// Size returns the number of bytes needed to store a value of the given type; it is analogous
	// to unsafe.Sizeof.
	Size() uintptr
	// String returns a string representation of the type.
	String() string
	// Kind returns the specific kind of this type.
	Kind() Kind
	// Implements reports whether the type implements the interface type u.
	Implements(u Type) bool
	// AssignableTo reports whether a value of the type is assignable to type u.
	AssignableTo(u Type) bool
	// ConvertibleTo reports whether a value of the type is convertible to type u.
	ConvertibleTo(u Type) bool
	// Comparable reports whether values of this type are comparable.
	Comparable() bool
	// Bits returns the size of the type in bits.
	Bits() int
	// ChanDir returns a channel type's direction.
	ChanDir() ChanDir
	// IsVariadic reports whether a function type's final input parameter is a "..." parameter.
	IsVariadic() bool
	// Elem returns a type's element type.
	Elem() Type
	// Field returns a struct type's i'th field.
	Field(i int) StructField
	// FieldByIndex returns the nested field corresponding to the index sequence.
	FieldByIndex(index []int) StructField
	// FieldByName returns the struct field with the given name and a boolean indicating if the
	// field was found.
	FieldByName(name string) (StructField, bool)
	// FieldByNameFunc returns the struct field with a name that satisfies the match function and a
	// boolean indicating if the field was found.
	FieldByNameFunc(match func(string) bool) (StructField, bool)
	// In returns the type of a function type's i'th input parameter.
	In(i int) Type
	// Key returns a map type's key type.
	Key() Type
	// Len returns an array type's length.
	Len() int
	// NumField returns a struct type's field count.
	NumField() int
	// NumIn returns a function type's input parameter count.
	NumIn() int
	// NumOut returns a function type's output parameter count.
	NumOut() int
	// Out returns the type of a function type's i'th output parameter.
	Out(i int) Type
	common() *rtype
	uncommon() *uncommonType
}

// Value is the reflection interface to a Go value.
type Value struct {
	// typ holds the type of the value represented by a Value.
	typ *rtype

	// Pointer-valued data or, if flagIndir is set, pointer to data.
	ptr unsafe.Pointer

	// flag holds metadata about the value (value.go).
	flag
}

// Addr returns a pointer value representing the address of v.
func (v Value) Addr() Value

// Bytes returns v's underlying value.
func (v Value) Bytes() []byte

// Call calls the function v with the input arguments in.
func (v Value) Call(in []Value) []Value

// CallSlice calls the variadic function v with the input arguments in, assigning the slice
// in[len(in)-1] to v's final variadic argument.
func (v Value) CallSlice(in []Value) []Value

// CanComplex reports whether Complex can be used without panicking.
func (v Value) CanComplex() bool

// CanConvert reports whether the value v can be converted to type t.
func (v Value) CanConvert(t Type) bool

// CanFloat reports whether Float can be used without panicking.
func (v Value) CanFloat() bool

// CanInt reports whether Int can be used without panicking.
func (v Value) CanInt() bool

// CanSet reports whether the value of v can be changed.
func (v Value) CanSet() bool

// CanUint reports whether Uint can be used without panicking.
func (v Value) CanUint() bool

// Close closes the channel v.
func (v Value) Close()

// Convert returns the value v converted to type t.
func (v Value) Convert(t Type) Value

// FieldByIndex returns the nested field corresponding to index.
func (v Value) FieldByIndex(index []int) Value

// FieldByIndexErr returns the nested field corresponding to index.
func (v Value) FieldByIndexErr(index []int) (Value, error)

// FieldByName returns the struct field with the given name.
func (v Value) FieldByName(name string) Value

// FieldByNameFunc returns the struct field with a name that satisfies the match function.
func (v Value) FieldByNameFunc(match func(string) bool) Value

// InterfaceData returns a pair of unspecified uintptr values.
func (v Value) InterfaceData() [2]uintptr

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool

// MapIndex returns the value associated with key in the map v.
func (v Value) MapIndex(key Value) Value

// MapKeys returns a slice containing all the keys present in the map, in unspecified order.
func (v Value) MapKeys() []Value

// MapRange returns a range iterator for a map.
func (v Value) MapRange() *MapIter

// Method returns a function value corresponding to v's i'th method.
func (v Value) Method(i int) Value

// MethodByName returns a function value corresponding to the method of v with the given name.
func (v Value) MethodByName(name string) Value

// OverflowComplex reports whether the complex128 x cannot be represented by v's type.
func (v Value) OverflowComplex(x complex128) bool

// OverflowFloat reports whether the float64 x cannot be represented by v's type.
func (v Value) OverflowFloat(x float64) bool

// OverflowInt reports whether the int64 x cannot be represented by v's type.
func (v Value) OverflowInt(x int64) bool

// OverflowUint reports whether the uint64 x cannot be represented by v's type.
func (v Value) OverflowUint(x uint64) bool

// Pointer returns v's value as a uintptr.
func (v Value) Pointer() uintptr

// Recv receives and returns a value from the channel v.
func (v Value) Recv() (x Value, ok bool)

// Send sends x on the channel v.
func (v Value) Send(x Value)

// Set assigns x to the value v.
func (v Value) Set(x Value)

// SetBool sets v's underlying value.
func (v Value) SetBool(x bool)

// SetBytes sets v's underlying value.
func (v Value) SetBytes(x []byte)

// SetCap sets v's capacity to n.
func (v Value) SetCap(n int)

// SetComplex sets v's underlying value to x.
func (v Value) SetComplex(x complex128)

// SetFloat sets v's underlying value to x.
func (v Value) SetFloat(x float64)

// SetInt sets v's underlying value to x.
func (v Value) SetInt(x int64)

// SetIterKey assigns to v the key of iter's current map entry.
func (v Value) SetIterKey(iter *MapIter)

// SetIterValue assigns to v the value of iter's current map entry.
func (v Value) SetIterValue(iter *MapIter)

// SetLen sets v's length to n.
func (v Value) SetLen(n int)

// SetMapIndex sets the element associated with key in the map v to elem.
func (v Value) SetMapIndex(key, elem Value)

// SetPointer sets the unsafe.Pointer value v to x.
func (v Value) SetPointer(x unsafe.Pointer)

// SetString sets v's underlying value to x.
func (v Value) SetString(x string)

// SetUint sets v's underlying value to x.
func (v Value) SetUint(x uint64)

// Slice returns v[i:j].
func (v Value) Slice(i, j int) Value

// Slice3 is the 3-index form of the slice operation: it returns v[i:j:k].
func (v Value) Slice3(i, j, k int) Value

// TryRecv attempts to receive a value from the channel v but will not block.
func (v Value) TryRecv() (x Value, ok bool)

// TrySend attempts to send x on the channel v but will not block.
func (v Value) TrySend(x Value) bool

// UnsafeAddr returns a pointer to v's data, as a uintptr.
func (v Value) UnsafeAddr() uintptr

// UnsafePointer returns v's value as a unsafe.Pointer.
func (v Value) UnsafePointer() unsafe.Pointer

// rtype is golite's run-time type descriptor (runtime/rtype.h), read only
// through the natives declared in value.go.
type rtype struct {
	_ [0]func() // not comparable, as in Go
}

// uncommonType is not used by golite: methods live in the descriptor.
type uncommonType struct {
	_ [0]func()
}
