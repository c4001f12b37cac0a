// compile

package main

import (
	"fmt"
	_ "strings" // imported for side effects only
)

var _ = fmt.Sprint             // keep an import used
var _ fmt.Stringer = (*T)(nil) // compile-time interface check

type T struct {
	_ int // blank fields
	x int
	_ string
}

func (*T) String() string { return "T" }

func pair() (int, string) { return 1, "a" }

func ignore(_ int, _ string) {}

func init() {}
func init() {} // several init functions are allowed

const _ = iota

func main() {
	_, s := pair()
	n, _ := pair()
	_ = s
	_ = n
	for _ = range []int{1} {
	}
	for range "ab" {
	}
	var _ int = 3
	_, _ = pair()
	ignore(pair())
	t := T{x: 1}
	_ = t
}
