// run

package main

import "fmt"

func min3(a, b, c int) int {
	m := a
	if b < m {
		m = b
	}
	if c < m {
		m = c
	}
	return m
}

func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min3(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func lcs(a, b string) string {
	n, m := len(a), len(b)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else if dp[i+1][j] >= dp[i][j+1] {
				dp[i][j] = dp[i+1][j]
			} else {
				dp[i][j] = dp[i][j+1]
			}
		}
	}
	var out []byte
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			out = append(out, a[i])
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return string(out)
}

func main() {
	pairs := [][2]string{
		{"kitten", "sitting"},
		{"flaw", "lawn"},
		{"", "abc"},
		{"golang", "golite"},
		{"intention", "execution"},
		{"日本語", "日本"},
		{"same", "same"},
	}
	for _, p := range pairs {
		fmt.Printf("%-10q %-10q dist=%d lcs=%q\n", p[0], p[1], levenshtein(p[0], p[1]), lcs(p[0], p[1]))
	}
	// knapsack DP
	weights := []int{12, 7, 11, 8, 9}
	vals := []int{24, 13, 23, 15, 16}
	const cap = 26
	best := make([]int, cap+1)
	for i := range weights {
		for w := cap; w >= weights[i]; w-- {
			if v := best[w-weights[i]] + vals[i]; v > best[w] {
				best[w] = v
			}
		}
	}
	fmt.Println("knapsack", best)
}
