// run

package main

import "fmt"

func levels(n int) []string {
	var out []string
	switch {
	case n >= 3:
		out = append(out, "three")
		fallthrough
	case n >= 2:
		out = append(out, "two")
		fallthrough
	case n >= 1:
		out = append(out, "one")
		fallthrough
	default:
		out = append(out, "base")
	}
	return out
}

func main() {
	for n := 0; n <= 4; n++ {
		fmt.Println(n, levels(n))
	}
	// fallthrough enters the next case body without testing its expression
	for _, x := range []int{1, 2, 3, 4} {
		switch x {
		case 1:
			fmt.Print("one ")
			fallthrough
		case 100:
			fmt.Print("(hundred body) ")
		case 3:
			fmt.Print("three ")
			fallthrough
		default:
			fmt.Print("default ")
		case 4:
			fmt.Print("four ")
		}
		fmt.Println()
	}
	// fallthrough into default placed in the middle
	for _, s := range []string{"a", "b", "c"} {
		switch s {
		case "a":
			fmt.Print("A")
			fallthrough
		default:
			fmt.Print("D")
			fallthrough
		case "b":
			fmt.Print("B")
		}
		fmt.Println()
	}
	// day-of-Christmas style accumulation
	gifts := []string{"partridge", "doves", "hens", "birds"}
	for day := 1; day <= 4; day++ {
		fmt.Print("day ", day, ":")
		switch day {
		case 4:
			fmt.Print(" ", gifts[3])
			fallthrough
		case 3:
			fmt.Print(" ", gifts[2])
			fallthrough
		case 2:
			fmt.Print(" ", gifts[1])
			fallthrough
		case 1:
			fmt.Print(" ", gifts[0])
		}
		fmt.Println()
	}
}
