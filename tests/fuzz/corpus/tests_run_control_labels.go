// run

package main

import "fmt"

func findPair(nums []int, target int) (int, int, bool) {
	var a, b int
	found := false
outer:
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				a, b, found = i, j, true
				break outer
			}
		}
	}
	return a, b, found
}

func main() {
	fmt.Println(findPair([]int{3, 8, 1, 9, 4, 7}, 11))
	fmt.Println(findPair([]int{1, 2}, 10))
	// continue with label
	count := 0
rows:
	for r := 0; r < 5; r++ {
		for c := 0; c < 5; c++ {
			if c > r {
				continue rows
			}
			if (r+c)%3 == 0 {
				continue
			}
			count++
		}
	}
	fmt.Println("count:", count)
	// break out of switch inside loop with label
	i := 0
loop:
	for {
		switch {
		case i >= 5:
			break loop
		case i%2 == 0:
			fmt.Print("even", i, " ")
		default:
			fmt.Print("odd", i, " ")
		}
		i++
	}
	fmt.Println()
	// three nested loops, break the middle one
	var hits []string
	for a := 0; a < 3; a++ {
	mid:
		for b := 0; b < 3; b++ {
			for c := 0; c < 3; c++ {
				if c == 2 {
					continue mid
				}
				if b == 2 {
					break mid
				}
				hits = append(hits, fmt.Sprint(a, b, c))
			}
		}
	}
	fmt.Println(len(hits), hits)
	// labeled block with break is allowed only on for/switch/select; use goto for blocks
	n := 0
	for n < 100 {
		n += 7
		if n%5 == 0 {
			goto done
		}
	}
	fmt.Println("not printed unless loop ends")
done:
	fmt.Println("n =", n)
	// labeled range over string
	word := "hello world"
scan:
	for idx, r := range word {
		switch r {
		case ' ':
			fmt.Println("space at", idx)
			break scan
		case 'l':
			continue scan
		}
		fmt.Print(string(r))
	}
	fmt.Println()
}
