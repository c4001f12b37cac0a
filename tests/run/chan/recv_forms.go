// run

package main

import "fmt"

// The forms a receive expression can take.

type T struct{ v int }

func add(a, b int) int { return a + b }

func main() {
	c := make(chan int, 20)
	for i := 1; i <= 20; i++ {
		c <- i
	}

	<-c // statement, value dropped
	x := <-c
	var y int = <-c
	v, ok := <-c
	fmt.Println(x, y, v, ok)

	// Assign to existing variables, including blank and map/slice elements.
	var a int
	var okb bool
	a, okb = <-c
	_, okb = <-c
	m := map[string]int{}
	m["k"] = <-c
	s := make([]int, 2)
	s[1], okb = <-c
	fmt.Println(a, okb, m["k"], s)

	// In expressions and arguments.
	sum := <-c + <-c
	fmt.Println(sum)
	fmt.Println(add(<-c, <-c))
	p := &T{<-c}
	fmt.Println(p.v)
	arr := [2]int{<-c, <-c}
	fmt.Println(arr)
	if n := <-c; n > 0 {
		fmt.Println("in if:", n)
	}
	switch <-c {
	case 17:
		fmt.Println("switch on 17")
	default:
		fmt.Println("switch default")
	}
	for k := <-c; k < 20; k++ {
		fmt.Println("for init:", k)
	}

	// Receive from a function result and a parenthesised expression.
	get := func() chan int { return c }
	fmt.Println(<-get())
	fmt.Println(len(c))

	// Receive from channel held in struct, array, map.
	type box struct{ ch chan string }
	bx := box{make(chan string, 1)}
	bx.ch <- "struct field"
	fmt.Println(<-bx.ch)
	chans := [2]chan string{make(chan string, 1), make(chan string, 1)}
	chans[1] <- "array elem"
	fmt.Println(<-chans[1])
	mc := map[string]chan string{"q": make(chan string, 1)}
	mc["q"] <- "map elem"
	fmt.Println(<-mc["q"])

	// Send statement forms: value expression evaluated before the send.
	d := make(chan int, 3)
	k := 5
	d <- k * 2
	d <- add(k, 1)
	k++
	d <- k
	fmt.Println(<-d, <-d, <-d)
}
