// run

package main

import "fmt"

func describe(n int) []string {
	var out []string
	switch {
	case n > 100:
		out = append(out, "huge")
		fallthrough
	case n > 10:
		out = append(out, "big")
		fallthrough
	case n > 0:
		out = append(out, "positive")
	case n == 0:
		out = append(out, "zero")
		fallthrough
	default:
		out = append(out, "non-positive")
	}
	return out
}

func days(month int) int {
	d := 0
	switch month {
	case 2:
		d = 28
	case 4, 6, 9, 11:
		d = 30
	default:
		d = 31
	}
	return d
}

func main() {
	for _, n := range []int{500, 50, 5, 0, -5} {
		fmt.Println(n, describe(n))
	}
	// fallthrough into default placed in the middle
	for i := 0; i < 4; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
			fallthrough
		default:
			fmt.Print("default ")
		case 2:
			fmt.Print("two ")
			fallthrough
		case 3:
			fmt.Print("three ")
		}
		fmt.Println()
	}
	total := 0
	for m := 1; m <= 12; m++ {
		total += days(m)
	}
	fmt.Println("days in year:", total)
	// Duff's-device style accumulation with fallthrough
	for n := 0; n <= 4; n++ {
		s := 0
		switch n {
		case 4:
			s += 4
			fallthrough
		case 3:
			s += 3
			fallthrough
		case 2:
			s += 2
			fallthrough
		case 1:
			s += 1
		}
		fmt.Print(s, " ")
	}
	fmt.Println()
	// fallthrough ignores the next case's condition
	x := 1
	switch {
	case x == 1:
		fmt.Println("x is 1")
		fallthrough
	case x == 1000:
		fmt.Println("reached x == 1000 case anyway")
	case x == 1:
		fmt.Println("not reached")
	}
}
