// run

package main

import "fmt"

func main() {
	total := 0
	{
		a := 10
		total += a
		{
			a := 20
			total += a
		}
		total += a
	}
	fmt.Println(total)
	// variables declared in a loop body are fresh per iteration
	var ptrs []*int
	for i := 0; i < 3; i++ {
		v := i * 100
		ptrs = append(ptrs, &v)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	// empty statements and blocks
	;
	{
	}
	{
		{
			{
				fmt.Println("deep block")
			}
		}
	}
	// if-else chain with declarations visible in later branches
	if a := 1; a > 5 {
		fmt.Println("no")
	} else if b := a * 10; b > 5 {
		fmt.Println("a and b", a, b)
	} else {
		fmt.Println("else", a, b)
	}
	// switch case blocks have their own scope
	for i := 0; i < 3; i++ {
		switch i {
		case 0:
			msg := "zero"
			fmt.Println(msg)
		case 1:
			msg := 1.5
			fmt.Println(msg)
		default:
			msg := []int{i}
			fmt.Println(msg)
		}
	}
	// var blocks inside functions
	var (
		p, q = 1, "q"
		r    float32
	)
	const local = p2 + 1
	fmt.Println(p, q, r, local)
	// unused results can be discarded with blank
	_, second := pair()
	_ = second
	var _ = pair
	fmt.Println(second)
}

const p2 = 41

func pair() (int, string) { return 1, "second" }
