// run

// io.Pipe: synchronous hand-off between goroutines, partial reads, Close and
// CloseWithError on either end.

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"sync"
)

func main() {
	// A writer goroutine, a reader that reads in small pieces.
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			n, err := fmt.Fprintf(pw, "line %d ☃\n", i)
			if n == 0 || err != nil {
				panic(err)
			}
		}
		pw.Close()
	}()
	buf := make([]byte, 4)
	var got []byte
	reads := 0
	for {
		n, err := pr.Read(buf)
		got = append(got, buf[:n]...)
		reads++
		if err != nil {
			fmt.Println("reader stopped:", err, err == io.EOF)
			break
		}
	}
	fmt.Printf("got %q in more than 3 reads: %v\n", got, reads > 3)

	// One Write is satisfied by several Reads; Write returns once all is consumed.
	pr, pw = io.Pipe()
	done := make(chan string)
	go func() {
		n, err := pw.Write([]byte("0123456789"))
		done <- fmt.Sprint("Write returned ", n, " ", err)
	}()
	for i := 0; i < 3; i++ {
		n, err := pr.Read(buf)
		fmt.Printf("read %d %q %v\n", n, buf[:n], err)
	}
	fmt.Println(<-done)

	// CloseWithError on the write end: the reader sees the error.
	pr, pw = io.Pipe()
	go func() {
		pw.Write([]byte("partial"))
		pw.CloseWithError(errors.New("producer failed"))
	}()
	data, err := io.ReadAll(pr)
	fmt.Printf("ReadAll: %q %v\n", data, err)
	// Reading again still gives the same error.
	n, err := pr.Read(buf)
	fmt.Println("again:", n, err)

	// CloseWithError(nil) on the writer means EOF.
	pr, pw = io.Pipe()
	go pw.CloseWithError(nil)
	n, err = pr.Read(buf)
	fmt.Println("CloseWithError(nil):", n, err)

	// Closing the read end: writers get ErrClosedPipe, or the reader's error.
	pr, pw = io.Pipe()
	pr.Close()
	n, err = pw.Write([]byte("x"))
	fmt.Println("write after reader Close:", n, err, err == io.ErrClosedPipe)
	n, err = pr.Read(buf)
	fmt.Println("read after reader Close:", n, err)

	pr, pw = io.Pipe()
	pr.CloseWithError(errors.New("consumer gone"))
	n, err = pw.Write([]byte("x"))
	fmt.Println("write after reader CloseWithError:", n, err)
	// The first error sticks.
	pr.CloseWithError(errors.New("second"))
	n, err = pw.Write([]byte("y"))
	fmt.Println("first error sticks:", n, err)

	// The reader closes in the middle of a blocked Write.
	pr, pw = io.Pipe()
	res := make(chan string)
	go func() {
		n, err := pw.Write([]byte("abcdefgh"))
		res <- fmt.Sprint(n, " ", err)
	}()
	n, _ = pr.Read(buf[:3])
	fmt.Printf("read %q then close\n", buf[:n])
	pr.Close()
	fmt.Println("blocked Write:", <-res)

	// Writing to a pipe whose writer is closed.
	pr, pw = io.Pipe()
	pw.Close()
	n, err = pw.Write([]byte("late"))
	fmt.Println("write after writer Close:", n, err)
	n, err = pr.Read(buf)
	fmt.Println("read after writer Close:", n, err)

	// Zero-length writes complete without a reader consuming anything.
	pr, pw = io.Pipe()
	go func() {
		pw.Write(nil)
		pw.Write([]byte("z"))
		pw.Close()
	}()
	data, err = io.ReadAll(pr)
	fmt.Printf("after empty write: %q %v\n", data, err)

	// Several writers, one reader through bufio.Scanner; a Write is never
	// interleaved with another.
	pr, pw = io.Pipe()
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				fmt.Fprintf(pw, "writer%d-%02d\n", w, i)
			}
		}(w)
	}
	go func() {
		wg.Wait()
		pw.Close()
	}()
	counts := map[string]int{}
	lines := 0
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		line := sc.Text()
		if len(line) != 10 {
			fmt.Println("torn line:", line)
		}
		counts[line[:7]]++
		lines++
	}
	fmt.Println("lines:", lines, counts["writer0"], counts["writer1"], counts["writer2"], counts["writer3"], sc.Err())
}
