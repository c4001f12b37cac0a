// run

package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	case score < 0:
		return "?"
	default:
		return "F"
	}
}

func kind(c rune) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t', '\n':
		return "space"
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return "digit"
	}
	if c >= 'a' && c <= 'z' {
		return "consonant"
	}
	return "other"
}

func counter() func() int {
	n := 0
	return func() int { n++; return n }
}

func main() {
	for _, s := range []int{95, 85, 75, 65, -5, 90, 80} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, c := range "hi 42!u" {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	// switch with init statement
	switch x := 5 * 5; {
	case x > 20:
		fmt.Println("big", x)
	default:
		fmt.Println("small", x)
	}
	switch y := 3; y {
	case 1, 2:
		fmt.Println("one or two")
	case 3:
		fmt.Println("three")
	}
	// case expressions are evaluated in order, lazily
	next := counter()
	switch 2 {
	case next():
		fmt.Println("first")
	case next():
		fmt.Println("second")
	case next():
		fmt.Println("third")
	}
	fmt.Println("calls:", next()-1)
	// break inside switch leaves the switch only
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			fmt.Println("breaking at", i)
			break
		}
		fmt.Println("loop", i)
	}
	// switch on strings
	for _, cmd := range []string{"start", "stop", "status", "bogus", ""} {
		switch cmd {
		case "start", "restart":
			fmt.Println(cmd, "-> starting")
		case "stop":
			fmt.Println(cmd, "-> stopping")
		case "":
			fmt.Println("empty command")
		default:
			fmt.Printf("%q -> unknown\n", cmd)
		case "status":
			fmt.Println(cmd, "-> running")
		}
	}
	// switch with no cases
	switch {
	}
	// switch on bool values and types with same underlying
	type Dir int
	const (
		N Dir = iota
		E
		S
		W
	)
	d := W
	switch d {
	case N, S:
		fmt.Println("vertical")
	case E, W:
		fmt.Println("horizontal", int(d))
	}
	switch true {
	case d == W && false:
		fmt.Println("no")
	case d > N:
		fmt.Println("yes")
	}
}
