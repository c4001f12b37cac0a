// run

package main

import "fmt"

// break inside a select leaves only the select; a labeled break or continue
// targets the enclosing loop. return and goto work as usual.

func firstEven(c <-chan int) int {
	for {
		select {
		case v := <-c:
			if v%2 == 0 {
				return v
			}
		}
	}
}

func main() {
	c := make(chan int, 10)
	for i := 0; i < 10; i++ {
		c <- i
	}
	n := 0
	for i := 0; i < 5; i++ {
		select {
		case v := <-c:
			if v >= 2 {
				break // leaves the select only
			}
			n += 100
		}
		n++
	}
	fmt.Println("n:", n, "left:", len(c))

	seen := []int{}
outer:
	for {
		select {
		case v := <-c:
			if v == 6 {
				continue outer
			}
			if v == 8 {
				break outer
			}
			seen = append(seen, v)
		}
	}
	fmt.Println("seen:", seen, "left:", len(c))

	d := make(chan int, 5)
	for _, v := range []int{1, 3, 5, 6, 7} {
		d <- v
	}
	fmt.Println("first even:", firstEven(d))

	// goto out of a select.
	e := make(chan int, 1)
	e <- 1
	select {
	case <-e:
		goto done
	}
done:
	fmt.Println("after goto")

	// switch inside select: break leaves the switch.
	f := make(chan int, 1)
	f <- 3
	select {
	case v := <-f:
		switch v {
		case 3:
			fmt.Println("switch case 3")
			break
		}
		fmt.Println("still in select case")
	}
}
