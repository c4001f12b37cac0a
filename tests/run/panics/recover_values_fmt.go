// run

package main

import (
	"errors"
	"fmt"
)

// Recovered values of many types, printed with fmt.

type T int
type name string
type pt struct{ X, Y int }
type stringer struct{ s string }

func (s stringer) String() string { return "<" + s.s + ">" }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("myErr %d", e.code) }

func catch(v interface{}) {
	defer func() {
		r := recover()
		fmt.Printf("%T | %v | %+v\n", r, r, r)
		switch x := r.(type) {
		case error:
			fmt.Println("  error:", x.Error())
		case fmt.Stringer:
			fmt.Println("  stringer:", x.String())
		case int:
			fmt.Println("  int plus one:", x+1)
		case T:
			fmt.Println("  T:", int(x))
		case string:
			fmt.Println("  string of length", len(x))
		default:
			fmt.Println("  other")
		}
	}()
	panic(v)
}

func main() {
	catch("text")
	catch(42)
	catch(T(5))
	catch(name("n"))
	catch(2.5)
	catch(true)
	catch(pt{1, 2})
	catch([]int{1, 2})
	catch(map[string]int{"a": 1})
	catch(stringer{"s"})
	catch(&myErr{3})
	catch(errors.New("plain error"))
	catch(fmt.Errorf("wrapped: %w", errors.New("inner")))
	catch('x')
	catch(uint8(200))
	catch(complex(1, 2))
	catch([2]string{"a", "b"})
}
