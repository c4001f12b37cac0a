// run

package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strings"
)

// recorder records each Write it receives, to show when the buffer is flushed.
type recorder struct{ writes []string }

func (r *recorder) Write(p []byte) (int, error) {
	r.writes = append(r.writes, string(p))
	return len(p), nil
}

// failing accepts n bytes and then fails.
type failing struct{ n int }

func (f *failing) Write(p []byte) (int, error) {
	if len(p) > f.n {
		k := f.n
		f.n = 0
		return k, errors.New("disk full")
	}
	f.n -= len(p)
	return len(p), nil
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	fmt.Println("size", w.Size(), "available", w.Available(), "buffered", w.Buffered())
	n, err := w.WriteString("hello, ")
	fmt.Fprintf(w, "%s %d\n", "world", 42)
	w.WriteByte('[')
	rn, _ := w.WriteRune('世')
	w.WriteRune('界')
	w.Write([]byte("]\n"))
	fmt.Println("before flush:", n, err, rn, w.Buffered(), w.Available())
	fmt.Println("Flush", w.Flush())
	fmt.Println("after flush:", w.Buffered(), w.Available())

	// A small buffer: writes larger than it go straight through.
	rec := &recorder{}
	sw := bufio.NewWriterSize(rec, 16)
	fmt.Println("small size", sw.Size())
	sw.WriteString("abc")
	sw.WriteString("defghijklmnop")
	sw.WriteString("qrstuvwxyz")
	sw.Write([]byte(strings.Repeat("#", 40)))
	sw.WriteString("tail")
	fmt.Printf("%q buffered %d\n", rec.writes, sw.Buffered())
	sw.Flush()
	fmt.Printf("%q\n", rec.writes)

	// Reset drops the buffered data and switches the destination.
	rec2 := &recorder{}
	sw.WriteString("dropped")
	sw.Reset(rec2)
	sw.WriteString("kept")
	sw.Flush()
	fmt.Printf("%q %q\n", rec.writes[len(rec.writes)-1], rec2.writes)

	// Errors stick.
	fw := bufio.NewWriterSize(&failing{5}, 16)
	fw.WriteString("0123456789")
	fmt.Println("Flush", fw.Flush(), fw.Buffered())
	_, err = fw.WriteString("more")
	fmt.Println("WriteString after error:", err)
	fmt.Println("Flush again:", fw.Flush())

	// ReadFrom and a ReadWriter.
	rec3 := &recorder{}
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("line one\nline two\n")), bufio.NewWriter(rec3))
	line, _ := rw.ReadString('\n')
	rw.WriteString(strings.ToUpper(line))
	m, err := rw.Writer.ReadFrom(rw.Reader)
	fmt.Println("ReadFrom", m, err)
	rw.Flush()
	fmt.Printf("%q\n", rec3.writes)

	// Many small writes through os.Stdout.
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < 5; i++ {
		fmt.Fprintln(out, "row", i, strings.Repeat("*", i))
	}
}
