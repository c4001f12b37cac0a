// run

package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

// context.WithCancel: Err is nil until cancel, then "context canceled";
// Done is closed; cancellation propagates to children, not to parents.

func worker(ctx context.Context, id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	<-ctx.Done()
	out <- fmt.Sprintf("worker %d stopped: %v", id, ctx.Err())
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println("before cancel:", ctx.Err())
	select {
	case <-ctx.Done():
		fmt.Println("done before cancel: wrong")
	default:
		fmt.Println("not done yet")
	}

	var wg sync.WaitGroup
	out := make(chan string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(ctx, i, &wg, out)
	}
	cancel()
	wg.Wait()
	close(out)
	n := 0
	for s := range out {
		if s[len(s)-len("context canceled"):] == "context canceled" {
			n++
		}
	}
	fmt.Println("workers stopped with context canceled:", n)
	fmt.Println("after cancel:", ctx.Err())
	fmt.Println("is Canceled:", errors.Is(ctx.Err(), context.Canceled), ctx.Err() == context.Canceled)
	cancel() // a second cancel is a no-op
	fmt.Println("after second cancel:", ctx.Err())

	// Parent cancel propagates to children and grandchildren.
	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	grand, gcancel := context.WithCancel(child)
	defer gcancel()
	pcancel()
	<-grand.Done()
	fmt.Println("grandchild:", grand.Err(), "child:", child.Err())

	// Child cancel does not affect the parent.
	p2, p2cancel := context.WithCancel(context.Background())
	c2, c2cancel := context.WithCancel(p2)
	c2cancel()
	fmt.Println("child:", c2.Err(), "parent:", p2.Err())
	p2cancel()

	// WithValue contexts pass cancellation and values through.
	type key string
	base, bcancel := context.WithCancel(context.Background())
	vctx := context.WithValue(base, key("user"), "gopher")
	leaf, lcancel := context.WithCancel(vctx)
	defer lcancel()
	fmt.Println("value:", leaf.Value(key("user")), leaf.Value(key("other")))
	bcancel()
	<-leaf.Done()
	fmt.Println("leaf:", leaf.Err())

	// Background and TODO are never done.
	fmt.Println(context.Background().Err(), context.Background().Done() == nil)
	fmt.Println(context.Background(), context.TODO())
	_, hasDeadline := context.Background().Deadline()
	fmt.Println("background deadline:", hasDeadline)
}
