// run

package main

import "fmt"

func main() {
	// classic three-clause
	s := 0
	for i := 0; i < 10; i++ {
		s += i
	}
	fmt.Println(s)
	// condition-only
	n := 1
	for n < 1000 {
		n *= 2
	}
	fmt.Println(n)
	// infinite with break
	x := 27
	steps := 0
	for {
		if x == 1 {
			break
		}
		if x%2 == 0 {
			x /= 2
		} else {
			x = 3*x + 1
		}
		steps++
	}
	fmt.Println(steps)
	// multiple variables
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	// empty init and post
	k := 5
	for ; k > 0; {
		k--
	}
	fmt.Println(k)
	// continue skipping
	var odds []int
	for i := 0; i < 15; i++ {
		if i%2 == 0 {
			continue
		}
		odds = append(odds, i)
	}
	fmt.Println(odds)
	// nested loops: multiplication table
	for i := 1; i <= 5; i++ {
		for j := 1; j <= 5; j++ {
			fmt.Printf("%3d", i*j)
		}
		fmt.Println()
	}
	// loop variable modified in body
	for i := 0; i < 10; i++ {
		if i == 2 {
			i += 3
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	// counting down with unsigned needs care
	for u := uint(3); u < 10; u-- {
		fmt.Print(u, " ")
	}
	fmt.Println()
	// loop over runes, bytes
	str := "aé"
	for i := 0; i < len(str); i++ {
		fmt.Print(str[i], " ")
	}
	for i, r := range str {
		fmt.Print(i, "=", r, " ")
	}
	fmt.Println()
	// float loop
	cnt := 0
	for f := 0.0; f < 1.0; f += 0.1 {
		cnt++
	}
	fmt.Println("float iterations:", cnt)
	// range over array literal
	for i, v := range [...]string{"x", "y"} {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	// many iterations
	var acc uint32
	for i := uint32(0); i < 3000000; i++ {
		acc = acc*31 + i
	}
	fmt.Println(acc)
}
