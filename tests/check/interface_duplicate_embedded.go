// errorcheck

package main

type M32 interface{ m() int32 }
type M64 interface{ m() int64 }
type M interface{ m() int32 }

// Overlapping embedded methods are fine when identical; a different signature
// is a duplicate at the later place, the earlier one named.
type A interface { M32; M }
type B interface { M32; m() }   // ERROR "duplicate method m"
type C interface { m(); M32 }   // ERROR "duplicate method m"
type D interface { M32; M64 }   // ERROR "duplicate method m"

func main() {}
