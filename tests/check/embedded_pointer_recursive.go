// errorcheck

package main

// The embedded type is a pointer type, known only once T is defined.
type T *struct {
	T // ERROR "embedded field type cannot be a pointer"
}

func main() {}
