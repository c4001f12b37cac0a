// run

package main

import "fmt"

type parseError struct {
	line int
	msg  string
}

func (e *parseError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

func parse(lines []string) {
	for i, l := range lines {
		if l == "" {
			panic(&parseError{i + 1, "empty line"})
		}
		fmt.Println("parsed", l)
	}
}

func main() {
	parse([]string{"a", "b", "", "d"})
}
