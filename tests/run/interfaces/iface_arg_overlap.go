// run

// A non-empty interface converted to `any` for a variadic argument, when
// the value comes straight from a channel receive or a field read through a
// pointer: the converted value's registers overlap the source's by one word
// (the data word must be copied before the type word overwrites it).
package main

import "fmt"

type P struct{ Op string }

func (p *P) Error() string { return p.Op }

type E struct{ Err error }

type code int

func (c code) Error() string { return fmt.Sprintf("E%d", int(c)) }

func mk(s string) error { return &P{s} }

func main() {
	res := make(chan error, 1)
	go func() { res <- mk("write") }()
	fmt.Println(<-res)
	res <- mk("read")
	fmt.Println(<-res, "and", "more")
	res <- code(7)
	fmt.Printf("%v %T\n", <-res, error(code(1)))

	e := &E{Err: code(2)}
	p := &e
	fmt.Println((*p).Err, e.Err)
	fmt.Println(fmt.Sprint(e.Err), fmt.Sprint((*p).Err, (*p).Err))
	var s fmt.Stringer
	ss := make(chan fmt.Stringer, 1)
	ss <- s
	fmt.Println(<-ss)
}
