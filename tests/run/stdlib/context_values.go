// run

package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// context: values, String methods, the errors and the panics.

type key string
type intKey int
type point struct{ X, Y int }
type named struct{ s string }

func (n named) String() string { return "named(" + n.s + ")" }

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	fmt.Printf("%v %s\n", bg, context.TODO())

	v1 := context.WithValue(bg, key("user"), "gopher")
	v2 := context.WithValue(v1, intKey(1), 42)
	v3 := context.WithValue(v2, point{1, 2}, named{"p"})
	v4 := context.WithValue(v3, key("user"), "shadow")
	cc, cancel := context.WithCancel(v4)
	defer cancel()
	v5 := context.WithValue(cc, "str", 3.5)
	fmt.Println(v5.Value(key("user")), v5.Value(intKey(1)), v5.Value(point{1, 2}), v5.Value("str"))
	fmt.Println(v3.Value(key("user")), v2.Value(point{1, 2}), v5.Value(intKey(2)), v5.Value("user"))
	fmt.Println(v1)
	fmt.Println(v2)
	fmt.Println(v3)
	fmt.Println(cc)
	fmt.Println(v5)
	cc2, cancel2 := context.WithCancel(context.TODO())
	fmt.Println(cc2, context.WithValue(cc2, key("k"), []int{1}))
	cancel2()

	dl, cancel3 := context.WithTimeout(v1, time.Hour)
	s := fmt.Sprint(dl)
	// The deadline's text depends on the clock: print its shape.
	fmt.Println(strings.HasPrefix(s, `context.Background.WithValue(type main.key, val gopher).WithDeadline(`),
		strings.Contains(s, " +0000 UTC m=+"), strings.HasSuffix(s, "])"))
	d, ok := dl.Deadline()
	fmt.Println(ok, time.Until(d) > 59*time.Minute, dl.Value(key("user")))
	cancel3()
	fmt.Println(dl.Err(), dl.Value(key("user")))

	// The errors.
	fmt.Println(context.Canceled, context.DeadlineExceeded)
	fmt.Printf("%T %T\n", context.Canceled, context.DeadlineExceeded)
	var te interface {
		Timeout() bool
		Temporary() bool
	}
	fmt.Println(errors.As(context.DeadlineExceeded, &te), te.Timeout(), te.Temporary())
	fmt.Println(errors.Is(fmt.Errorf("wrapped: %w", context.Canceled), context.Canceled),
		errors.Is(context.Canceled, context.DeadlineExceeded))

	// The panics.
	try("nil parent WithCancel", func() { context.WithCancel(nil) })
	try("nil parent WithValue", func() { context.WithValue(nil, 1, 2) })
	try("nil parent WithDeadline", func() { context.WithDeadline(nil, time.Now()) })
	try("nil parent WithTimeout", func() { context.WithTimeout(nil, time.Second) })
	try("nil key", func() { context.WithValue(bg, nil, 1) })
	try("slice key", func() { context.WithValue(bg, []int{1}, 1) })
	try("map key", func() { context.WithValue(bg, map[int]int{}, 1) })
	try("func key", func() { context.WithValue(bg, func() {}, 1) })
	try("comparable keys", func() {
		context.WithValue(bg, [2]string{"a"}, 1)
		context.WithValue(bg, &point{}, 1)
		context.WithValue(bg, struct{ a int }{}, 1)
		panic("none")
	})
}
