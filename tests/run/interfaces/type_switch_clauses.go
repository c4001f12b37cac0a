// run

package main

import (
	"errors"
	"fmt"
	"strings"
)

type Animal interface{ Sound() string }
type Pet interface {
	Animal
	Name() string
}

type Dog struct{ name string }

func (d Dog) Sound() string { return "woof" }
func (d Dog) Name() string  { return d.name }

type Cow struct{}

func (*Cow) Sound() string { return "moo" }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

type MyInt int
type IntAlias = int

func kind(v interface{}) string {
	switch x := v.(type) {
	case nil:
		// x has v's type: interface{}
		return fmt.Sprintf("nil (%T, %v)", x, x == nil)
	case int, int64:
		// several types: x has v's type
		return fmt.Sprintf("int-ish %T %v", x, x)
	case MyInt:
		return fmt.Sprintf("MyInt %d", int(x)+1)
	case string:
		return "string " + strings.ToUpper(x)
	case []int:
		return fmt.Sprintf("[]int len %d cap %d", len(x), cap(x))
	case map[string]int:
		return fmt.Sprintf("map len %d", len(x))
	case func() string:
		return "func " + x()
	case Pet:
		return "pet " + x.Name() + " says " + x.Sound()
	case Animal:
		return "animal says " + x.Sound()
	case error:
		return "error " + x.Error()
	case *int:
		return fmt.Sprintf("*int %v", x == nil)
	case [2]bool:
		return fmt.Sprint("[2]bool ", x[0], x[1])
	case struct{}:
		return "empty struct"
	default:
		return fmt.Sprintf("default %T", x)
	}
}

// a type switch on a non-empty interface
func shape(a Animal) string {
	switch a := a.(type) {
	case nil:
		return "no animal"
	case Dog:
		return "dog named " + a.name
	case *Cow:
		if a == nil {
			return "nil cow"
		}
		return "cow"
	case Pet: // unreachable for Dog, but other pets land here
		return "other pet"
	}
	return "unknown animal"
}

type Robot struct{}

func (Robot) Sound() string { return "beep" }

func classify(vals ...interface{}) []string {
	var out []string
	for _, v := range vals {
		switch v.(type) {
		case bool, string:
			out = append(out, "text-ish")
		case float32, float64, complex128:
			out = append(out, "floaty")
		case nil:
			out = append(out, "nothing")
		default:
			out = append(out, "other")
		}
	}
	return out
}

func main() {
	var nilCow *Cow
	n := 3
	vals := []interface{}{nil, 1, int64(2), MyInt(3), IntAlias(4), "go", []int{1, 2}, map[string]int{"a": 1},
		func() string { return "called" }, Dog{"rex"}, &Dog{"ptr"}, &Cow{}, errors.New("e1"), &MyErr{7},
		&n, (*int)(nil), [2]bool{true, false}, struct{}{}, 1.5, nilCow, Robot{}, uint(1)}
	for i, v := range vals {
		fmt.Println(i, kind(v))
	}
	fmt.Println(shape(nil), "|", shape(Dog{"fido"}), "|", shape(&Cow{}), "|", shape(nilCow), "|", shape(&Dog{"p"}), "|", shape(Robot{}))
	fmt.Println(classify(true, "s", float32(1), 2.0, 3i, nil, 4, []string{}))

	// default in the middle, and a switch with an init statement
	for _, v := range []interface{}{1, "a", 2.5} {
		switch y := v; t := y.(type) {
		default:
			fmt.Println("default", t)
		case int:
			fmt.Println("int", t*10)
		case string:
			fmt.Println("string", t+t)
		}
	}

	// switch without a bound variable and without a default
	count := 0
	for _, v := range vals {
		switch v.(type) {
		case Animal:
			count++
		}
	}
	fmt.Println("animals", count)

	// the bound variable in a single-type case is addressable and a copy
	var v interface{} = [3]int{1, 2, 3}
	switch a := v.(type) {
	case [3]int:
		a[0] = 100
		p := &a
		p[1] = 200
		fmt.Println(a, v)
	}
	// break inside a type switch leaves the switch only
	for i, w := range []interface{}{1, "stop", 2} {
		switch w.(type) {
		case string:
			if i > 0 {
				break
			}
			fmt.Println("not reached")
		case int:
			fmt.Println("int at", i)
		}
	}
	// switching on an error value
	errs := []error{nil, errors.New("plain"), &MyErr{1}, fmt.Errorf("wrapped: %w", &MyErr{2})}
	for _, e := range errs {
		switch e := e.(type) {
		case nil:
			fmt.Println("no error")
		case *MyErr:
			fmt.Println("MyErr", e.code)
		default:
			fmt.Println("other error:", e)
		}
	}
}
