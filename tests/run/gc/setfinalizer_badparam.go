// run

package main

import (
	"fmt"
	"runtime"
)

type T struct{ a, b *int }

type PT *T

func (T) String() string { return "T" }

// The object must be passable to the finalizer's one parameter, by Go's
// rule: the same type, a pointer type one side of which is unnamed and
// without methods, or an interface the object implements. *T has methods,
// so PT does not qualify.
func main() {
	runtime.SetFinalizer(new(T), func(*T) {})
	runtime.SetFinalizer(new(T), func(any) {})
	runtime.SetFinalizer(new(T), func(fmt.Stringer) {})
	runtime.SetFinalizer(new(T), func(*T) (int, error) { return 0, nil })
	fmt.Println("accepted")
	runtime.SetFinalizer(new(T), func(PT) {})
}
