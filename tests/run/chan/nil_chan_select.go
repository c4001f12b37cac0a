// run

package main

import "fmt"

// A nil channel is never ready: in a select its cases are skipped, which is
// the idiom to disable a case once its channel is closed.

func gen(vals ...int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for _, v := range vals {
			c <- v
		}
	}()
	return c
}

func main() {
	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println("received from nil", v)
	case nilc <- 1:
		fmt.Println("sent to nil")
	default:
		fmt.Println("nil channel cases never ready")
	}

	// Merge two streams; set each to nil once it is exhausted.
	a := gen(1, 2, 3)
	b := gen(10, 20, 30, 40)
	sumA, sumB, n := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
			n++
		}
	}
	fmt.Println("sumA:", sumA, "sumB:", sumB, "n:", n)

	// A nil channel next to a ready one: the ready one is always chosen.
	ready := make(chan int, 1)
	picked := 0
	for i := 0; i < 100; i++ {
		ready <- i
		select {
		case <-nilc:
			fmt.Println("impossible")
		case nilc <- i:
			fmt.Println("impossible")
		case <-ready:
			picked++
		}
	}
	fmt.Println("ready picked:", picked)
}
