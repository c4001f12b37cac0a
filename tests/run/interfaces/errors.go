// run

package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type ParseError struct {
	Line int
	Err  error
}

func (p *ParseError) Error() string { return fmt.Sprintf("line %d: %v", p.Line, p.Err) }
func (p *ParseError) Unwrap() error { return p.Err }

type TempErr string

func (t TempErr) Error() string   { return "temporary: " + string(t) }
func (t TempErr) Temporary() bool { return true }

func lookup(key string) (int, error) {
	switch key {
	case "a":
		return 1, nil
	case "secret":
		return 0, ErrPermission
	}
	return 0, fmt.Errorf("lookup %q: %w", key, ErrNotFound)
}

func parseLines(lines []string) (int, error) {
	sum := 0
	for i, l := range lines {
		n, err := strconv.Atoi(l)
		if err != nil {
			return sum, &ParseError{i + 1, err}
		}
		sum += n
	}
	return sum, nil
}

func main() {
	for _, k := range []string{"a", "b", "secret"} {
		v, err := lookup(k)
		fmt.Println(v, err, errors.Is(err, ErrNotFound), errors.Is(err, ErrPermission))
	}
	sum, err := parseLines([]string{"1", "2", "x3", "4"})
	fmt.Println(sum, err)
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Println("parse error at line", pe.Line)
	}
	var numErr *strconv.NumError
	fmt.Println(errors.As(err, &numErr), numErr.Func, numErr.Num, numErr.Err == strconv.ErrSyntax)
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrNotFound))
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(wrapped))
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)
	notWrapped := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(errors.Is(notWrapped, ErrNotFound), notWrapped)
	var t error = TempErr("disk busy")
	type temporary interface{ Temporary() bool }
	if te, ok := t.(temporary); ok {
		fmt.Println(t, te.Temporary())
	}
	var te TempErr
	fmt.Println(errors.As(fmt.Errorf("ctx: %w", t), &te), string(te))
	errs := []error{nil, ErrNotFound, TempErr("x"), &ParseError{3, ErrPermission}}
	for _, e := range errs {
		if e == nil {
			fmt.Println("no error")
			continue
		}
		fmt.Printf("%T: %v (perm=%v)\n", e, e, errors.Is(e, ErrPermission))
	}
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	fmt.Println(errors.New("a") == errors.New("a"))
}
