// run

package main

import "fmt"

// After close, buffered values are still delivered; then every receive
// returns the zero value at once, with ok == false.

type point struct {
	X, Y int
	Name string
}

func main() {
	c := make(chan int, 3)
	c <- 10
	c <- 20
	close(c)
	for i := 0; i < 4; i++ {
		v, ok := <-c
		fmt.Println(v, ok)
	}

	s := make(chan string)
	close(s)
	v, ok := <-s
	fmt.Printf("%q %v\n", v, ok)

	p := make(chan point, 1)
	p <- point{1, 2, "a"}
	close(p)
	q, ok := <-p
	fmt.Printf("%+v %v\n", q, ok)
	q, ok = <-p
	fmt.Printf("%+v %v\n", q, ok)

	e := make(chan error)
	close(e)
	err, ok := <-e
	fmt.Println(err, err == nil, ok)

	ptr := make(chan *int)
	close(ptr)
	fmt.Println(<-ptr == nil)

	sl := make(chan []int)
	close(sl)
	x := <-sl
	fmt.Println(x == nil, len(x))

	m := make(chan map[string]int)
	close(m)
	fmt.Println(<-m == nil)

	f := make(chan float64)
	close(f)
	fmt.Println(<-f)

	arr := make(chan [3]byte)
	close(arr)
	fmt.Println(<-arr)

	// A receive from a closed channel never blocks, even many times.
	n := 0
	for i := 0; i < 1000; i++ {
		if _, ok := <-c; !ok {
			n++
		}
	}
	fmt.Println("closed receives:", n)

	// Closing wakes a blocked receiver.
	w := make(chan int)
	res := make(chan string)
	go func() {
		v, ok := <-w
		res <- fmt.Sprint("woken with ", v, " ", ok)
	}()
	close(w)
	fmt.Println(<-res)
}
