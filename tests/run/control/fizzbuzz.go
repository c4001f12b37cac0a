// run

package main

import "fmt"

func main() {
	for i := 1; i <= 30; i++ {
		switch {
		case i%15 == 0:
			fmt.Println("FizzBuzz")
		case i%3 == 0:
			fmt.Println("Fizz")
		case i%5 == 0:
			fmt.Println("Buzz")
		default:
			fmt.Println(i)
		}
	}
	// compact version building strings
	out := ""
	for i := 31; i <= 45; i++ {
		s := ""
		if i%3 == 0 {
			s += "Fizz"
		}
		if i%5 == 0 {
			s += "Buzz"
		}
		if s == "" {
			s = fmt.Sprint(i)
		}
		out += s + " "
	}
	fmt.Println(out)
}
