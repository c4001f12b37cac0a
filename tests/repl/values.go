// repl

// The session in values.repl, as a program: each value the REPL echoes is
// printed here with fmt.Println, the way the REPL prints it (%v).
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

type point struct{ X, Y int }

func (p point) String() string { return fmt.Sprintf("<%d %d>", p.X, p.Y) }

func main() {
	x := 6
	fmt.Println(x * 7)
	s := strings.Repeat("ab", 3)
	fmt.Println(s)
	fmt.Println(strings.Cut(s, "ba"))
	fmt.Println(fib(20))
	// before its String method was declared, p printed as a plain struct
	fmt.Println(struct{ X, Y int }{1, 2})
	fmt.Println(point{3, 4})
	fmt.Println([]int{1, 2, 3})
	m := map[string]bool{"b": true, "a": false}
	fmt.Println(m)
	x2 := "x is a string now"
	fmt.Println(x2)
	fmt.Println(strconv.Atoi("42"))
	fmt.Println(strconv.Atoi("4x2"))
	fmt.Println("fmt's results are not echoed")
	fmt.Println(fmt.Sprint(1, 2))
	fmt.Println(math.Pi)
	var total int
	for i := 1; i <= 10; i++ {
		total += i
	}
	fmt.Println(total)
	ch := make(chan string)
	go func() { ch <- "from a goroutine" }()
	fmt.Println(<-ch)
	fmt.Println(3 +
		4)
	fmt.Println(`two
lines`)
	fmt.Println(errors.New("an error"))
	fmt.Println(nil == error(nil))
	fmt.Println('a')
	fmt.Println(1.5e3)
}
