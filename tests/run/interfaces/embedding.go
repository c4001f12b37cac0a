// run

package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() (string, bool) }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}
type Closer interface{ Close() error }
type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type Buffer struct {
	data   []string
	closed bool
	writes int
}

func (b *Buffer) Read() (string, bool) {
	if len(b.data) == 0 {
		return "", false
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s, true
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	b.writes++
	return len(s)
}

func (b *Buffer) Close() error {
	if b.closed {
		return fmt.Errorf("already closed")
	}
	b.closed = true
	return nil
}

type Upper struct{ W Writer }

func (u Upper) Write(s string) int { return u.W.Write(strings.ToUpper(s)) }

func copyAll(dst Writer, src Reader) int {
	n := 0
	for {
		s, ok := src.Read()
		if !ok {
			return n
		}
		n += dst.Write(s)
	}
}

func main() {
	buf := &Buffer{}
	var rwc ReadWriteCloser = buf
	rwc.Write("hello")
	rwc.Write("world")
	var rw ReadWriter = rwc
	var r Reader = rw
	s, ok := r.Read()
	fmt.Println(s, ok)
	out := &Buffer{}
	up := Upper{out}
	var w Writer = up
	n := copyAll(w, rw)
	fmt.Println(n, out.data, out.writes)
	fmt.Println(rwc.Close(), rwc.Close())
	_, isCloser := w.(Closer)
	_, isCloser2 := interface{}(out).(Closer)
	fmt.Println(isCloser, isCloser2)
	var rw2 ReadWriter = out
	if c, ok := rw2.(ReadWriteCloser); ok {
		fmt.Println("upgrade ok", c.Close(), out.closed)
	}
	fmt.Printf("%T %T %T\n", rwc, w, r)
	// interface with embedded interface and an extra method; value stored is the same pointer
	type Resetter interface {
		Writer
		Reset()
	}
	fmt.Println(rwc == rw, r == rw)
	// a pipeline of writers
	sink := &Buffer{}
	var chain Writer = sink
	for i := 0; i < 3; i++ {
		chain = Upper{chain}
	}
	chain.Write("deep")
	fmt.Println(sink.data, sink.writes)
	src := &Buffer{data: []string{"a", "bb", "ccc", "dddd"}}
	total := copyAll(Upper{sink}, src)
	fmt.Println(total, sink.data, len(src.data))
	for _, v := range []interface{}{buf, out, up, sink, Upper{nil}} {
		_, isR := v.(Reader)
		_, isW := v.(Writer)
		_, isRW := v.(ReadWriter)
		_, isRWC := v.(ReadWriteCloser)
		fmt.Printf("%-14T R=%-5v W=%-5v RW=%-5v RWC=%v\n", v, isR, isW, isRW, isRWC)
	}
	var nilRW ReadWriter
	fmt.Println(nilRW == nil, Writer(nil) == nil)
}
