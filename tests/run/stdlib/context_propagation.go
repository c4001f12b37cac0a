// run

package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// context: cancellation through custom Context implementations, deadlines
// inherited from parents, and many goroutines cancelling at once.

// myCtx is a Context that is not one of package context's own types: its
// children are watched by a goroutine.
type myCtx struct {
	done chan struct{}
	mu   sync.Mutex
	err  error
}

func (c *myCtx) Deadline() (time.Time, bool) { return time.Time{}, false }
func (c *myCtx) Done() <-chan struct{}       { return c.done }
func (c *myCtx) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.err
}
func (c *myCtx) Value(key any) any { return nil }
func (c *myCtx) cancel() {
	c.mu.Lock()
	c.err = context.Canceled
	c.mu.Unlock()
	close(c.done)
}

// wrapped embeds a cancelable context but has its own Done channel.
type wrapped struct {
	context.Context
	done chan struct{}
}

func (w wrapped) Done() <-chan struct{} { return w.done }
func (w wrapped) Err() error {
	select {
	case <-w.done:
		return context.DeadlineExceeded
	default:
		return nil
	}
}

func main() {
	// A custom parent: its cancellation reaches the child.
	p := &myCtx{done: make(chan struct{})}
	child, cancel := context.WithCancel(p)
	defer cancel()
	fmt.Println(child)
	p.cancel()
	<-child.Done()
	fmt.Println("custom parent canceled child:", child.Err())

	// A custom parent already done: the child is done at once.
	child2, cancel2 := context.WithCancel(p)
	defer cancel2()
	select {
	case <-child2.Done():
		fmt.Println("child of done parent:", child2.Err())
	default:
		fmt.Println("wrong")
	}

	// A custom child of a custom parent that is canceled later: the child's
	// own cancel stops the watcher.
	p2 := &myCtx{done: make(chan struct{})}
	c3, cancel3 := context.WithTimeout(p2, time.Hour)
	cancel3()
	p2.cancel()
	fmt.Println("own cancel wins:", c3.Err())

	// A wrapper with its own Done channel: parentCancelCtx must not use the
	// embedded cancelCtx, so the wrapper's channel is what is watched.
	inner, icancel := context.WithCancel(context.Background())
	w := wrapped{inner, make(chan struct{})}
	c4, cancel4 := context.WithCancel(w)
	defer cancel4()
	close(w.done)
	<-c4.Done()
	fmt.Println("wrapper's done:", c4.Err(), "inner:", inner.Err())
	icancel()

	// Deadlines: a child cannot extend its parent's deadline, but can shorten it.
	base := time.Now()
	parent, pcancel := context.WithDeadline(context.Background(), base.Add(time.Hour))
	defer pcancel()
	longer, lcancel := context.WithDeadline(parent, base.Add(2*time.Hour))
	defer lcancel()
	shorter, scancel := context.WithDeadline(parent, base.Add(30*time.Millisecond))
	defer scancel()
	ld, _ := longer.Deadline()
	sd, _ := shorter.Deadline()
	fmt.Println("longer is parent's:", ld.Equal(base.Add(time.Hour)), "shorter kept:", sd.Equal(base.Add(30*time.Millisecond)))
	fmt.Printf("%T %T\n", longer, shorter)
	<-shorter.Done()
	fmt.Println("shorter:", shorter.Err(), "parent:", parent.Err(), "longer:", longer.Err())
	pcancel()
	<-longer.Done()
	fmt.Println("after parent cancel:", longer.Err())

	// A value context between timer contexts keeps the chain working.
	t1, c1 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer c1()
	vv := context.WithValue(t1, "k", "v")
	t2, c2 := context.WithCancel(vv)
	defer c2()
	<-t2.Done()
	fmt.Println("through value:", t2.Err(), t2.Value("k"))

	// Many goroutines waiting on one context, and many cancelling it.
	root, rcancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	results := make(chan error, 100)
	for i := 0; i < 100; i++ {
		wg.Add(1)
		ctx, cancel := context.WithCancel(root)
		go func(i int) {
			defer wg.Done()
			defer cancel()
			if i%2 == 0 {
				sub, subcancel := context.WithTimeout(ctx, time.Hour)
				defer subcancel()
				ctx = sub
			}
			<-ctx.Done()
			results <- ctx.Err()
		}(i)
	}
	var cwg sync.WaitGroup
	for i := 0; i < 10; i++ {
		cwg.Add(1)
		go func() {
			defer cwg.Done()
			rcancel()
		}()
	}
	cwg.Wait()
	wg.Wait()
	close(results)
	n := 0
	for err := range results {
		if err == context.Canceled {
			n++
		}
	}
	fmt.Println("canceled goroutines:", n)

	// Cancelling children first, then the parent, is fine.
	par, parcancel := context.WithCancel(context.Background())
	var cancels []context.CancelFunc
	for i := 0; i < 5; i++ {
		_, c := context.WithCancel(par)
		cancels = append(cancels, c)
	}
	for _, c := range cancels {
		c()
	}
	parcancel()
	fmt.Println("parent:", par.Err())
}
