// run

package main

import "fmt"

func main() {
	// three-clause with multiple variables
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	// empty init and post
	k := 0
	for ; k < 3; {
		k++
	}
	fmt.Println(k)
	// init only, post only
	for n := 5; n > 0; {
		n -= 2
		fmt.Print(n, " ")
	}
	fmt.Println()
	m := 0
	for ; m < 10; m += 3 {
	}
	fmt.Println(m)
	// condition-only and infinite loops
	x := 1
	for x < 100 {
		x *= 3
	}
	fmt.Println(x)
	y := 0
	for {
		y++
		if y == 7 {
			break
		}
	}
	fmt.Println(y)
	// continue skips to the post statement
	sum := 0
	for i := 0; i < 20; i++ {
		if i%3 != 0 {
			continue
		}
		sum += i
	}
	fmt.Println(sum)
	// the loop variable is visible after modification in the body
	for i := 0; i < 10; i++ {
		if i == 2 {
			i = 7
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	// counting down with unsigned needs care
	for u := uint(3); u < 4; u-- {
		fmt.Print(u, " ")
	}
	fmt.Println()
	// nested loops computing a multiplication table
	for i := 1; i <= 5; i++ {
		for j := 1; j <= 5; j++ {
			fmt.Printf("%4d", i*j)
		}
		fmt.Println()
	}
	// loop with a function call in the condition evaluated every time
	calls := 0
	limit := func() int { calls++; return 4 }
	for i := 0; i < limit(); i++ {
	}
	fmt.Println("calls", calls)
	// a for loop over float values
	for f := 0.0; f < 1; f += 0.25 {
		fmt.Print(f, " ")
	}
	fmt.Println()
	// break inside a nested block of a loop
	i := 0
	for {
		{
			if i > 2 {
				break
			}
		}
		i++
	}
	fmt.Println(i)
}
