// run

// A failed type assertion panics with a *runtime.TypeAssertionError: recovered,
// it is that type (assertions, type switches, errors.As), a runtime.Error, and
// its Error() is Go's text for each kind of failure.

package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Shape interface{ Area() float64 }
type Namer interface{ Name() string }

type Square struct{ side float64 }

func (s Square) Area() float64 { return s.side * s.side }

type Other struct{}

func try(label string, f func()) {
	defer func() {
		r := recover()
		tae, isTAE := r.(*runtime.TypeAssertionError)
		rte, isRTE := r.(runtime.Error)
		err, isErr := r.(error)
		fmt.Printf("%s: %T\n", label, r)
		fmt.Printf("  TypeAssertionError=%v runtime.Error=%v error=%v\n", isTAE, isRTE, isErr)
		if isTAE {
			fmt.Printf("  Error(): %s\n", tae.Error())
			tae.RuntimeError()
		}
		if isRTE {
			fmt.Printf("  as runtime.Error: %v\n", rte)
		}
		var target *runtime.TypeAssertionError
		fmt.Printf("  errors.As: %v same: %v\n", errors.As(err, &target), target == tae)
		switch v := r.(type) {
		case *runtime.TypeAssertionError:
			fmt.Println("  type switch: *runtime.TypeAssertionError", v != nil)
		case runtime.Error:
			fmt.Println("  type switch: runtime.Error")
		default:
			fmt.Println("  type switch: other")
		}
		fmt.Printf("  %%v: %v\n", r)
	}()
	f()
}

func main() {
	var e interface{} = 42
	var s Shape = Square{2}
	var nilShape Shape
	var nilAny interface{}

	try("empty interface, wrong concrete type", func() { _ = e.(string) })
	try("non-empty interface, wrong concrete type", func() { _ = s.(*Square) })
	try("nil interface to concrete type", func() { _ = nilAny.(int) })
	try("nil non-empty interface to concrete type", func() { _ = nilShape.(Square) })
	try("nil interface to interface", func() { _ = nilAny.(Shape) })
	try("missing method", func() { _ = e.(Shape) })
	try("missing method, from a non-empty interface", func() { _ = s.(Namer) })
	try("struct without methods", func() { var o interface{} = Other{}; _ = o.(fmt.Stringer) })

	// other runtime errors are runtime.Errors, not TypeAssertionErrors
	try("index out of range", func() {
		a := []int{1}
		i := 5
		_ = a[i]
	})

	// the comma-ok forms do not panic
	_, ok := e.(string)
	_, ok2 := e.(Shape)
	fmt.Println("comma-ok:", ok, ok2)
}
