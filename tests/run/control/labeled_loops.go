// run

package main

import "fmt"

func main() {
	// break out of two loops
	var found [2]int
search:
	for i := 1; i < 10; i++ {
		for j := 1; j < 10; j++ {
			if i*j == 42 {
				found = [2]int{i, j}
				break search
			}
		}
	}
	fmt.Println(found)
	// continue the outer loop from the inner one: primes below 50
outer:
	for n := 2; n < 50; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue outer
			}
		}
		fmt.Print(n, " ")
	}
	fmt.Println()
	// three levels, breaking and continuing different ones
	count := 0
L1:
	for a := 0; a < 4; a++ {
	L2:
		for b := 0; b < 4; b++ {
			for c := 0; c < 4; c++ {
				switch {
				case c == 2:
					continue L2
				case b == 3:
					continue L1
				case a == 3:
					break L1
				}
				count++
				fmt.Print(a, b, c, " ")
			}
		}
	}
	fmt.Println()
	fmt.Println("count", count)
	// labeled break out of a switch inside a loop
	words := []string{"go", "is", "stop", "fun"}
loop:
	for _, w := range words {
		switch w {
		case "stop":
			break loop
		default:
			fmt.Print(w, " ")
		}
	}
	fmt.Println()
	// labeled continue from inside a switch
	total := 0
nums:
	for _, v := range []int{1, -2, 3, -4, 5} {
		switch {
		case v < 0:
			continue nums
		}
		total += v
	}
	fmt.Println("total", total)
	// labeled range loops over strings and slices
	matrix := [][]string{{"a", "b"}, {"X", "c"}, {"d", "e"}}
rows:
	for i, row := range matrix {
		for _, cell := range row {
			if cell == "X" {
				fmt.Println("row", i, "has X")
				continue rows
			}
		}
		fmt.Println("row", i, "clean")
	}
	// a label on a block-free loop used only by break
	k := 0
forever:
	for {
		k++
		for {
			if k > 3 {
				break forever
			}
			break
		}
	}
	fmt.Println("k", k)
}
