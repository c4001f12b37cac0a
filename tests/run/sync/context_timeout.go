// run

package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// context.WithTimeout and WithDeadline: Err becomes "context deadline
// exceeded" when the time passes, or "context canceled" if cancel comes first.

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	// start is taken before the timeout is set: a slow Println (GC stress, a
	// loaded machine) must not make the wait look early
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	fmt.Println("before:", ctx.Err())
	<-ctx.Done()
	fmt.Println("after:", ctx.Err())
	fmt.Println("not early:", time.Since(start) >= 15*time.Millisecond)
	fmt.Println("is DeadlineExceeded:", errors.Is(ctx.Err(), context.DeadlineExceeded))
	fmt.Println(ctx.Err() == context.DeadlineExceeded)

	// An operation faster than the timeout succeeds.
	ctx2, cancel2 := context.WithTimeout(context.Background(), 200*time.Millisecond)
	fmt.Println("fast op:", slowOp(ctx2, time.Millisecond))
	cancel2()
	fmt.Println("cancelled before deadline:", ctx2.Err())

	// An operation slower than the timeout is cut short.
	ctx3, cancel3 := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel3()
	fmt.Println("slow op:", slowOp(ctx3, 300*time.Millisecond))

	// WithDeadline in the past is done at once.
	past, cancel4 := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	defer cancel4()
	select {
	case <-past.Done():
		fmt.Println("past deadline:", past.Err())
	default:
		fmt.Println("wrong")
	}

	// Deadline reports the deadline.
	dl := time.Now().Add(time.Hour)
	ctx5, cancel5 := context.WithDeadline(context.Background(), dl)
	d, ok := ctx5.Deadline()
	fmt.Println("deadline set:", ok, d.Equal(dl))
	cancel5()
	fmt.Println(ctx5.Err())

	// A child's timeout cannot outlive its parent's.
	parent, pc := context.WithTimeout(context.Background(), 15*time.Millisecond)
	defer pc()
	child, cc := context.WithTimeout(parent, time.Hour)
	defer cc()
	pd, _ := parent.Deadline()
	cd, _ := child.Deadline()
	fmt.Println("child deadline is parent's:", cd.Equal(pd))
	<-child.Done()
	fmt.Println("child:", child.Err())

	// The error's text and Timeout method.
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(context.DeadlineExceeded, &te), te.Timeout())
	fmt.Printf("%q %q\n", context.DeadlineExceeded.Error(), context.Canceled.Error())
}
