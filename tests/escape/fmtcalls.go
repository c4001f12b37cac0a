// escape
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type P struct{ x, y int }

func (p P) String() string { return "P" }

func printVals() {
	a, b := 1, "two"
	fmt.Println(a, b)
	fmt.Printf("%d %s\n", a, b)
	p := P{1, 2}
	fmt.Println(p)
	q := &P{3, 4}
	fmt.Println(q.x)
}

func sprint(n int) string {
	return fmt.Sprintf("n=%d", n)
}

func mkErr(s string) error {
	return errors.New(s)
}

func wrapErr(err error) error {
	return fmt.Errorf("wrapped: %w", err)
}

func build(parts []string) string {
	var sb strings.Builder
	for _, p := range parts {
		sb.WriteString(p)
	}
	return sb.String()
}

func conv(n int) string {
	return strconv.Itoa(n) + strings.Repeat("x", 2)
}

func main() {
	printVals()
	fmt.Println(sprint(3), mkErr("e"), wrapErr(mkErr("f")))
	fmt.Println(build([]string{"a", "b"}), conv(7))
}
