// run

package main

import "fmt"

func describe(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	case n < 100:
		return "medium"
	}
	return "large"
}

func weekday(d int) string {
	switch d % 7 {
	case 0:
		return "Sun"
	case 1:
		return "Mon"
	case 2, 3, 4:
		return "Midweek"
	case 5:
		return "Fri"
	default:
		return "Sat"
	}
}

var calls []int

func val(n int) int {
	calls = append(calls, n)
	return n
}

func main() {
	for _, n := range []int{-5, 0, 3, 42, 500} {
		fmt.Print(describe(n), " ")
	}
	fmt.Println()
	for d := 0; d < 8; d++ {
		fmt.Print(weekday(d), " ")
	}
	fmt.Println()
	// switch with init statement and tag
	switch x := 5 * 3; x {
	case 15:
		fmt.Println("fifteen")
	default:
		fmt.Println("other")
	}
	// switch with init and no tag
	switch y := 7; {
	case y > 5:
		fmt.Println("y > 5")
	case y > 3:
		fmt.Println("y > 3")
	}
	// cases are evaluated top to bottom, left to right, stopping at the match
	switch val(3) {
	case val(1), val(2):
		fmt.Println("1 or 2")
	case val(3), val(4):
		fmt.Println("3 or 4")
	case val(5):
		fmt.Println("5")
	}
	fmt.Println(calls)
	// default in the middle is taken only when nothing matches
	for _, s := range []string{"a", "b", "z"} {
		switch s {
		case "a":
			fmt.Print("A ")
		default:
			fmt.Print("? ")
		case "b":
			fmt.Print("B ")
		}
	}
	fmt.Println()
	// break inside a switch leaves only the switch
	for i := 0; i < 4; i++ {
		switch {
		case i == 1:
			break
		case i == 2:
			fmt.Print("two ")
			break
		}
		fmt.Print("after", i, " ")
	}
	fmt.Println()
	// switching on types other than int
	for _, f := range []float64{0.5, 1, 2.5} {
		switch f {
		case 1:
			fmt.Print("one ")
		case 2.5:
			fmt.Print("two-and-a-half ")
		default:
			fmt.Print(f, " ")
		}
	}
	fmt.Println()
	for _, b := range []bool{true, false} {
		switch b {
		case true:
			fmt.Print("T")
		case false:
			fmt.Print("F")
		}
	}
	fmt.Println()
	type point struct{ x, y int }
	switch (point{1, 2}) {
	case point{2, 1}:
		fmt.Println("swapped")
	case point{1, 2}:
		fmt.Println("match struct")
	}
	// empty switch and switch with only default
	switch {
	}
	switch {
	default:
		fmt.Println("only default")
	}
	// a switch on a rune from a string
	vowels, others := 0, 0
	for _, r := range "switch statements in Go" {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U':
			vowels++
		case ' ':
		default:
			others++
		}
	}
	fmt.Println(vowels, others)
}
