// run

package main

import "fmt"

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func find(grid [][]int, want int) (int, int) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == want {
				fmt.Println("found, jumping out")
				goto done
			}
		}
	}
	return -1, -1
done:
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == want {
				return i, j
			}
		}
	}
	return -2, -2
}

func main() {
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	// a counting loop built from goto
	i := 0
top:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto top
	}
	fmt.Println()
	// forward jump skipping statements
	n := 3
	if n > 2 {
		goto skip
	}
	fmt.Println("not printed")
skip:
	fmt.Println("skipped ahead")
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(find(grid, 6))
	fmt.Println(find(grid, 10))
	// goto out of nested loops as an error path
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if a*b == 2 {
				fmt.Println("bail at", a, b)
				goto out
			}
		}
	}
out:
	// a state machine with goto
	input := "aabbbc"
	pos := 0
	as, bs := 0, 0
stateA:
	if pos < len(input) && input[pos] == 'a' {
		as++
		pos++
		goto stateA
	}
stateB:
	if pos < len(input) && input[pos] == 'b' {
		bs++
		pos++
		goto stateB
	}
	fmt.Println("a:", as, "b:", bs, "rest:", input[pos:])
}
