// run

package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (n NotFound) Error() string { return "not found: " + n.Key }

var ErrBase = errors.New("base failure")

func find(key string, depth int) error {
	if depth == 0 {
		return NotFound{key}
	}
	if err := find(key, depth-1); err != nil {
		return fmt.Errorf("level %d: %w", depth, err)
	}
	return nil
}

func main() {
	err := find("k", 3)
	fmt.Println(err)
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Key)
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T: %v\n", e, e)
	}
	e1 := fmt.Errorf("code %d, name %q, ratio %.2f", 404, "x", 0.5)
	fmt.Println(e1, errors.Unwrap(e1) == nil)
	e2 := fmt.Errorf("wrap %v not %s", ErrBase, "wrapped")
	fmt.Println(e2, errors.Is(e2, ErrBase))
	e3 := fmt.Errorf("%w", ErrBase)
	fmt.Println(e3, errors.Is(e3, ErrBase), e3 == ErrBase, e3.Error() == ErrBase.Error())
	e4 := fmt.Errorf("with nil: %v", nil)
	fmt.Println(e4)
	e5 := fmt.Errorf("bad wrap: %w", "not an error")
	fmt.Println(e5, errors.Unwrap(e5) == nil)
	var nilErr error
	fmt.Printf("%v %s %d\n", nilErr, nilErr, nilErr)
	errs := []error{ErrBase, NotFound{"z"}, e1}
	fmt.Println(errs)
	fmt.Printf("%v|%s|%q|%x\n", ErrBase, ErrBase, ErrBase, ErrBase)
	fmt.Printf("%10.4s|%-12v|\n", ErrBase, NotFound{"a"})
}
