// run

package main

import "fmt"

// A value-receiver error type: the report uses its Error method.

type status struct {
	code int
	text string
}

func (s status) Error() string { return fmt.Sprintf("status %d: %s", s.code, s.text) }

func check(code int) {
	if code >= 400 {
		panic(status{code, "bad request"})
	}
	fmt.Println("ok", code)
}

func main() {
	check(200)
	check(404)
}
