// run

// runtime.Stack of the calling goroutine and of all of them (blocked goroutines
// with their wait reasons and creators), a buffer too small, debug.Stack and
// debug.PrintStack (standard error), and traces taken in a deferred call run by
// a panic. Goroutine numbers other than 1 are Go's own business (its runtime
// makes goroutines of its own first): they are printed as N.

package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
)

func ids(trace string) string {
	lines := strings.Split(trace, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "goroutine ") && !strings.HasPrefix(l, "goroutine 1 ") {
			lines[i] = "goroutine N" + l[strings.Index(l, " ["):]
		}
	}
	return strings.Join(lines, "\n")
}

func trace(all bool) string {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, all)
	if n == len(buf) {
		return "(does not fit)\n"
	}
	return ids(string(buf[:n]))
}

func show(label string, all bool) {
	fmt.Printf("-- %s\n%s", label, trace(all))
}

type T struct{ s string }

func (t *T) method(depth int) {
	if depth > 0 {
		t.method(depth - 1)
		return
	}
	show("method", false)
}

func receiver(c chan int) {
	<-c
}

func selecter(c, d chan int) {
	select {
	case <-c:
	case d <- 1:
	}
}

func recovered() {
	defer func() {
		fmt.Println("recovered:", recover())
		show("deferred call run by a panic", false)
		os.Stdout.Write(debug.Stack())
	}()
	panic(fmt.Sprintf("boom %d", 42))
}

func main() {
	show("main", false)
	(&T{"x"}).method(2)

	// the trace is cut at the buffer's end
	small := make([]byte, 20)
	n := runtime.Stack(small, false)
	fmt.Printf("-- small: %d %q\n", n, small[:n])
	fmt.Println("-- empty:", runtime.Stack(nil, true), runtime.Stack(nil, false))

	// other goroutines, parked where they wait
	c, d := make(chan int), make(chan int)
	go receiver(c)
	go selecter(c, d)
	for i := 0; i < 100000; i++ {
		t := trace(true)
		if strings.Contains(t, "[chan receive]") && strings.Contains(t, "[select]") {
			break
		}
		runtime.Gosched()
	}
	show("all", true)
	close(c)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	show("all, alone", true)

	done := make(chan bool)
	go func() {
		show("goroutine", false)
		done <- true
	}()
	<-done

	fmt.Println("-- debug.Stack")
	os.Stdout.Write(debug.Stack())
	fmt.Println("-- debug.PrintStack")
	debug.PrintStack()
	recovered()
}
