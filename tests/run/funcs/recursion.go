// run

package main

import "fmt"

func fact(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+"->"+to)
	hanoi(n-1, via, to, from, moves)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func permutations(prefix []int, rest []int, out *[][]int) {
	if len(rest) == 0 {
		*out = append(*out, append([]int(nil), prefix...))
		return
	}
	for i := range rest {
		next := append(append([]int(nil), rest[:i]...), rest[i+1:]...)
		permutations(append(prefix, rest[i]), next, out)
	}
}

func power(base, exp int) int {
	if exp == 0 {
		return 1
	}
	half := power(base, exp/2)
	if exp%2 == 0 {
		return half * half
	}
	return half * half * base
}

func main() {
	for _, n := range []uint64{0, 1, 5, 10, 20} {
		fmt.Println(n, fact(n))
	}
	for i := 0; i <= 25; i += 5 {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves[:5], moves[len(moves)-1])
	fmt.Println(isEven(10), isOdd(7), isEven(9999))
	var perms [][]int
	permutations(nil, []int{1, 2, 3, 4}, &perms)
	fmt.Println(len(perms), perms[0], perms[5], perms[23])
	fmt.Println(power(3, 13), power(2, 62), power(7, 0))
	// anonymous recursive closure
	var gcd func(a, b int) int
	gcd = func(a, b int) int {
		if b == 0 {
			return a
		}
		return gcd(b, a%b)
	}
	fmt.Println(gcd(1071, 462), gcd(17, 0))
	// flood fill
	grid := []string{
		"#########",
		"#...#...#",
		"#.#.#.#.#",
		"#.#...#.#",
		"#########",
	}
	seen := make([][]bool, len(grid))
	for i := range seen {
		seen[i] = make([]bool, len(grid[i]))
	}
	var fill func(r, c int) int
	fill = func(r, c int) int {
		if grid[r][c] == '#' || seen[r][c] {
			return 0
		}
		seen[r][c] = true
		return 1 + fill(r+1, c) + fill(r-1, c) + fill(r, c+1) + fill(r, c-1)
	}
	fmt.Println("filled", fill(1, 1))
}
