// run

package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"
)

// Goroutines blocked in read(2) on pipes must not hold the only P: with
// GOMAXPROCS(1) the writer below could not run otherwise.
func main() {
	runtime.GOMAXPROCS(1)
	const n = 4
	var rs, ws []*os.File
	for i := 0; i < n; i++ {
		r, w, err := os.Pipe()
		if err != nil {
			panic(err)
		}
		rs = append(rs, r)
		ws = append(ws, w)
	}
	results := make([]string, n)
	firstRead := make(chan bool, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			buf := make([]byte, 64)
			k, err := rs[i].Read(buf) // blocks until the writer below writes
			results[i] = fmt.Sprintf("reader %d: %q %v", i, buf[:k], err)
			firstRead <- true
			rest, err := io.ReadAll(rs[i])
			results[i] += fmt.Sprintf(" then %q %v", rest, err)
		}(i)
	}
	time.Sleep(20 * time.Millisecond) // the readers are blocked in read by now
	start := time.Now()
	for i := 0; i < n; i++ {
		fmt.Fprintf(ws[i], "hello %d", i)
	}
	for i := 0; i < n; i++ {
		<-firstRead // each reader has its first line before the rest is written
	}
	for i := 0; i < n; i++ {
		ws[i].WriteString("bye")
		ws[i].Close()
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println("timely:", time.Since(start) < 5*time.Second)

	// A writer blocked on a full pipe while the reader drains it
	r, w, _ := os.Pipe()
	big := make([]byte, 1<<20)
	for i := range big {
		big[i] = byte(i)
	}
	done := make(chan error)
	go func() {
		_, err := w.Write(big) // blocks: a pipe holds 64 KB
		w.Close()
		done <- err
	}()
	got, err := io.ReadAll(r)
	fmt.Println("big write:", <-done, len(got), err, string(got) == string(big))
	r.Close()
}
