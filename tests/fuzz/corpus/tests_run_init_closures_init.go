// run

package main

import (
	"fmt"
	"strings"
)

type Handler func(string) string

var handlers = []struct {
	name string
	fn   Handler
}{
	{"upper", strings.ToUpper},
	{"lower", strings.ToLower},
	{"title", titleCase},
	{"rev", reverse},
	{"count", counted},
}

var calls int

var counted = func(s string) string {
	calls++
	return fmt.Sprintf("%s#%d", s, calls)
}

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
	}
	return strings.Join(words, " ")
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

var defaultName = pickDefault()

func pickDefault() string {
	if len(handlers) > 2 {
		return handlers[2].name
	}
	return "none"
}

var greeting string

func init() {
	greeting = handlers[0].fn("init ran")
}

func main() {
	fmt.Println(greeting, defaultName)
	for _, h := range handlers {
		fmt.Printf("%-6s %q\n", h.name, h.fn("hello WORLD of go"))
	}
	fmt.Println(counted("again"), calls)
}
