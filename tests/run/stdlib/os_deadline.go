// run

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"
)

func main() {
	r, w, err := os.Pipe()
	if err != nil {
		panic(err)
	}

	// A read deadline on an empty pipe
	start := time.Now()
	fmt.Println("set read deadline:", r.SetReadDeadline(start.Add(50*time.Millisecond)))
	buf := make([]byte, 16)
	n, err := r.Read(buf)
	el := time.Since(start)
	fmt.Println("read:", n, err)
	fmt.Println("  timeout:", os.IsTimeout(err), errors.Is(err, os.ErrDeadlineExceeded), el >= 50*time.Millisecond, el < 5*time.Second)
	var pe *os.PathError
	fmt.Println("  PathError:", errors.As(err, &pe), pe.Op, pe.Path, pe.Timeout())

	// An expired deadline fails at once, even with data waiting
	w.WriteString("data")
	r.SetReadDeadline(time.Now().Add(-time.Second))
	n, err = r.Read(buf)
	fmt.Println("expired:", n, err)

	// Clearing the deadline
	fmt.Println("clear:", r.SetReadDeadline(time.Time{}))
	n, err = r.Read(buf)
	fmt.Printf("read: %d %v %q\n", n, err, buf[:n])

	// Data arriving before the deadline
	r.SetReadDeadline(time.Now().Add(5 * time.Second))
	go func() {
		time.Sleep(20 * time.Millisecond)
		w.WriteString("late")
	}()
	n, err = r.Read(buf)
	fmt.Printf("read before deadline: %d %v %q\n", n, err, buf[:n])

	// A write deadline on a full pipe
	w.SetWriteDeadline(time.Now().Add(50 * time.Millisecond))
	big := make([]byte, 4<<20)
	n, err = w.Write(big)
	fmt.Println("write:", n > 0, n < len(big), err, os.IsTimeout(err))
	n, err = w.Write([]byte("x"))
	fmt.Println("write after deadline:", n, err)

	// SetDeadline sets both
	fmt.Println("set deadline:", w.SetDeadline(time.Time{}))
	go func() {
		io.Copy(io.Discard, r)
	}()
	n, err = w.Write([]byte("more"))
	fmt.Println("write without deadline:", n, err)
	w.Close()

	// Close wakes a blocked read and a blocked write
	r2, w2, _ := os.Pipe()
	res := make(chan error)
	go func() {
		_, err := r2.Read(buf)
		res <- err
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("close while reading:", r2.Close())
	err = <-res
	fmt.Println("blocked read:", err, errors.Is(err, os.ErrClosed))
	r3, w3, _ := os.Pipe()
	go func() {
		_, err := w3.Write(big)
		res <- err
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("close while writing:", w3.Close())
	err = <-res
	fmt.Println("blocked write:", err)
	r3.Close()
	w2.Close()

	// Closed files
	fmt.Println("closed:", w.SetDeadline(time.Now()), w.SetReadDeadline(time.Now()), w.SetWriteDeadline(time.Now()))

	// A regular file has no deadlines
	f, _ := os.Open("/proc/self/stat")
	fmt.Println("regular:", f.SetDeadline(time.Now()), f.SetReadDeadline(time.Now()) == os.ErrNoDeadline)
	f.Close()
	d, _ := os.Open(".")
	fmt.Println("directory:", d.SetWriteDeadline(time.Now()))
	d.Close()
	nul, _ := os.OpenFile(os.DevNull, os.O_RDWR, 0)
	fmt.Println("/dev/null:", nul.SetDeadline(time.Now()))
	nul.Close()
}
