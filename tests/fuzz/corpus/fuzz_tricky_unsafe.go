package main
import "unsafe"
type S struct { a int8; b int64; c struct{ d int32 } }
func main() { var s S; _ = unsafe.Offsetof(s.c.d); _ = unsafe.Offsetof(s); _ = unsafe.Sizeof(); _ = unsafe.Alignof(1); _ = unsafe.Add(nil, 1); _ = unsafe.Slice(nil, 1); var p unsafe.Pointer; _ = uintptr(p); _ = unsafe.Pointer(1) }
