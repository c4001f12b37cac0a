// run

package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type PtrOnly struct{ n int }

func (p *PtrOnly) String() string { return fmt.Sprintf("PtrOnly<%d>", p.n) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("error code %d", e.Code) }

type Both struct{}

func (Both) String() string { return "as-string" }
func (Both) Error() string  { return "as-error" }

type Wrapper struct {
	C Color
	P Point
}

func main() {
	fmt.Println(Red, Green, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Blue, Blue, Blue, Blue, Blue)
	fmt.Println([]Color{Blue, Red})
	p := Point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %s\n", p, p, p)
	fmt.Printf("%#v\n", p)
	po := PtrOnly{5}
	fmt.Println(po, &po)
	var err error = &MyErr{404}
	fmt.Println(err)
	fmt.Printf("%v | %s | %q\n", err, err, err)
	fmt.Println(Both{})
	w := Wrapper{Blue, Point{3, 4}}
	fmt.Println(w)
	fmt.Printf("%+v\n", w)
	fmt.Println(fmt.Sprint(Green), fmt.Sprintf("%v|%6s|%-6s|", Green, Red, Blue))
	e2 := errors.New("plain")
	e3 := fmt.Errorf("wrapped: %w", err)
	fmt.Println(e2, e3)
	var target *MyErr
	fmt.Println(errors.As(e3, &target), target.Code, errors.Unwrap(e3) == err)
	var s fmt.Stringer = Green
	fmt.Println(s.String(), s)
	var arr = [2]Point{{1, 1}, {2, 2}}
	fmt.Println(arr)
	println(Red, p.X)
}
