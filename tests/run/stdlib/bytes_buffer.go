// run

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunkReader hands out its data n bytes at a time, then err (io.EOF when nil).
type chunkReader struct {
	data  []byte
	n     int
	err   error
	calls int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	r.calls++
	if len(r.data) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		return 0, io.EOF
	}
	n := r.n
	if n > len(r.data) {
		n = len(r.data)
	}
	if n > len(p) {
		n = len(p)
	}
	copy(p, r.data[:n])
	r.data = r.data[n:]
	return n, nil
}

type negReader struct{}

func (negReader) Read(p []byte) (int, error) { return -1, nil }

// limitWriter accepts at most max bytes in total, then fails with err (or writes short).
type limitWriter struct {
	got []byte
	max int
	err error
	lie bool
}

func (w *limitWriter) Write(p []byte) (int, error) {
	if w.lie {
		return len(p) + 1, nil
	}
	n := len(p)
	if n > w.max-len(w.got) {
		n = w.max - len(w.got)
	}
	w.got = append(w.got, p[:n]...)
	if n < len(p) {
		return n, w.err
	}
	return n, nil
}

var sink *bytes.Buffer

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func state(name string, b *bytes.Buffer) {
	fmt.Printf("%s: len=%d cap=%d %q\n", name, b.Len(), b.Cap(), b.String())
}

func main() {
	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())

	// The zero Buffer.
	var b bytes.Buffer
	state("zero", &b)
	fmt.Println(b.Bytes() == nil, b.UnreadByte(), b.UnreadRune())
	n, err := b.Read(make([]byte, 4))
	fmt.Println("read empty:", n, err)
	n, err = b.Read(nil)
	fmt.Println("read empty nil:", n, err)
	c, err := b.ReadByte()
	fmt.Println("readbyte empty:", c, err)
	r, size, err := b.ReadRune()
	fmt.Println("readrune empty:", r, size, err)
	line, err := b.ReadBytes('\n')
	fmt.Printf("readbytes empty: %q %v %v\n", line, line == nil, err)
	s, err := b.ReadString('\n')
	fmt.Printf("readstring empty: %q %v\n", s, err)
	fmt.Printf("next empty: %q\n", b.Next(3))

	// Writes and growth.
	n, err = b.WriteString("hello")
	fmt.Println("writestring:", n, err)
	state("after WriteString", &b)
	n, err = b.Write([]byte(", world"))
	fmt.Println("write:", n, err)
	fmt.Println("writebyte:", b.WriteByte('!'))
	for _, rr := range []rune{'é', '世', 0x1F600, -1, 0xD800, 0x110000, 'x'} {
		n, err = b.WriteRune(rr)
		fmt.Print(n, err, " ")
	}
	fmt.Println()
	state("after writes", &b)
	var caps []int
	var g bytes.Buffer
	for i := 0; i < 40; i++ {
		g.Write(bytes.Repeat([]byte{'a'}, i*7))
		caps = append(caps, g.Cap())
	}
	fmt.Println("caps:", caps, g.Len())
	var g2 bytes.Buffer
	caps = caps[:0]
	for i := 0; i < 300; i++ {
		g2.WriteByte(byte(i))
		if i%20 == 0 {
			caps = append(caps, g2.Cap())
		}
	}
	fmt.Println("bytecaps:", caps, g2.Len())

	// Reads.
	p := make([]byte, 5)
	n, err = b.Read(p)
	fmt.Printf("read: %d %v %q\n", n, err, p[:n])
	fmt.Println("unreadbyte:", b.UnreadByte(), b.Len())
	fmt.Println("unreadbyte again:", b.UnreadByte())
	fmt.Println("unreadrune after read:", b.UnreadRune())
	c, err = b.ReadByte()
	fmt.Printf("readbyte: %q %v\n", c, err)
	fmt.Printf("next: %q\n", b.Next(2))
	fmt.Println("unreadbyte after next:", b.UnreadByte())
	fmt.Printf("next big: %q\n", b.Next(9))
	for i := 0; i < 8; i++ {
		r, size, err = b.ReadRune()
		fmt.Printf("rune %q %d %v; ", r, size, err)
	}
	fmt.Println()
	fmt.Println("unreadrune:", b.UnreadRune(), b.Len())
	fmt.Println("unreadrune twice:", b.UnreadRune())
	r, size, err = b.ReadRune()
	fmt.Printf("again %q %d %v\n", r, size, err)
	fmt.Println("unreadbyte after rune:", b.UnreadByte(), b.Len())
	b.WriteByte('z')
	fmt.Println("unread after write:", b.UnreadByte(), b.UnreadRune())
	state("before drain", &b)
	rest, err := io.ReadAll(&b)
	fmt.Printf("rest: %q %v\n", rest, err)
	state("drained", &b)

	// Invalid UTF-8 in ReadRune.
	inv := bytes.NewBufferString("\xffa\xe2\x82")
	for i := 0; i < 5; i++ {
		r, size, err = inv.ReadRune()
		fmt.Printf("inv %q %d %v; ", r, size, err)
	}
	fmt.Println()

	// ReadBytes, ReadString.
	lines := bytes.NewBufferString("one\ntwo\n\nthree")
	for {
		l, err := lines.ReadBytes('\n')
		fmt.Printf("line %q %v\n", l, err)
		if err != nil {
			break
		}
	}
	fmt.Println("unreadbyte after ReadBytes EOF:", lines.UnreadByte())
	words := bytes.NewBufferString("a b c")
	for {
		w, err := words.ReadString(' ')
		fmt.Printf("word %q %v\n", w, err)
		if err != nil {
			break
		}
	}
	// ReadBytes returns a copy.
	cp := bytes.NewBufferString("xy\nzw")
	l1, _ := cp.ReadBytes('\n')
	l1[0] = 'X'
	fmt.Printf("copy: %q %q\n", l1, cp.String())

	// Bytes aliases the content.
	al := bytes.NewBufferString("alias")
	al.Bytes()[0] = 'A'
	fmt.Println(al.String())

	// NewBuffer: owns its slice; writes after its length, up to its capacity.
	backing := make([]byte, 3, 10)
	copy(backing, "abc")
	nb := bytes.NewBuffer(backing)
	state("newbuffer", nb)
	nb.WriteString("def")
	state("newbuffer write", nb)
	fmt.Printf("backing: %q\n", backing[:6])
	state("NewBuffer(nil)", bytes.NewBuffer(nil))
	// (stored in a global: Go gives a buffer that does not escape a 32-byte array)
	sink = bytes.NewBufferString("héllo")
	state("NewBufferString", sink)
	sink = bytes.NewBufferString("")
	state("NewBufferString empty", sink)

	// Truncate, Reset, Grow.
	t := bytes.NewBufferString("0123456789")
	sink = t
	t.Next(2)
	t.Truncate(3)
	state("truncate 3", t)
	try("truncate -1", func() { t.Truncate(-1) })
	try("truncate 4", func() { t.Truncate(4) })
	t.Truncate(0)
	state("truncate 0", t)
	t.WriteString("again")
	t.Reset()
	state("reset", t)
	var gr bytes.Buffer
	gr.Grow(10)
	state("grow 10", &gr)
	gr.Grow(0)
	state("grow 0", &gr)
	gr.Grow(100)
	state("grow 100", &gr)
	gr.WriteString(strings.Repeat("x", 60))
	gr.Next(50)
	gr.Grow(30) // slides down instead of allocating
	state("grow slide", &gr)
	gr.Grow(1000)
	state("grow 1000", &gr)
	try("grow -1", func() { gr.Grow(-1) })
	maxInt := int(^uint(0) >> 1)
	try("grow maxInt", func() { gr.Grow(maxInt) })
	try("grow maxInt on empty", func() {
		var e bytes.Buffer
		e.Grow(maxInt)
	})
	try("grow maxInt/2", func() {
		var e bytes.Buffer
		e.WriteByte(1)
		e.Grow(maxInt / 2)
	})
	try("ErrTooLarge identity", func() {
		defer func() {
			r := recover()
			fmt.Println("is ErrTooLarge:", r == bytes.ErrTooLarge, errors.Is(r.(error), bytes.ErrTooLarge))
		}()
		var e bytes.Buffer
		e.Grow(maxInt)
	})
	fmt.Println(bytes.ErrTooLarge)

	// ReadFrom.
	var rf bytes.Buffer
	rf.WriteString("pre:")
	cr := &chunkReader{data: []byte(strings.Repeat("0123456789", 100)), n: 300}
	n64, err := rf.ReadFrom(cr)
	fmt.Println("readfrom:", n64, err, rf.Len(), rf.Cap(), cr.calls, rf.String()[:20])
	cr = &chunkReader{data: []byte("partial"), n: 3, err: errors.New("boom")}
	n64, err = rf.ReadFrom(cr)
	fmt.Println("readfrom err:", n64, err, rf.Len(), cr.calls)
	var rf2 bytes.Buffer
	n64, err = rf2.ReadFrom(strings.NewReader(""))
	fmt.Println("readfrom empty:", n64, err, rf2.Len(), rf2.Cap())
	n64, err = rf2.ReadFrom(strings.NewReader("via strings.Reader"))
	fmt.Println("readfrom strings:", n64, err, rf2.String(), rf2.Cap())
	fmt.Println("unread after readfrom:", rf2.UnreadByte())
	try("readfrom negative", func() { rf2.ReadFrom(negReader{}) })
	var rf3 bytes.Buffer
	n64, err = io.Copy(&rf3, io.LimitReader(strings.NewReader(strings.Repeat("y", 5000)), 4321))
	fmt.Println("io.Copy into:", n64, err, rf3.Len(), rf3.Cap())

	// WriteTo.
	wt := bytes.NewBufferString("write me out")
	var sb strings.Builder
	n64, err = wt.WriteTo(&sb)
	fmt.Println("writeto:", n64, err, sb.String(), wt.Len())
	n64, err = wt.WriteTo(&sb)
	fmt.Println("writeto empty:", n64, err)
	wt.WriteString("abcdef")
	lw := &limitWriter{max: 4, err: errors.New("disk full")}
	n64, err = wt.WriteTo(lw)
	fmt.Printf("writeto err: %d %v %q left=%q\n", n64, err, lw.got, wt.String())
	lw = &limitWriter{max: 1}
	n64, err = wt.WriteTo(lw)
	fmt.Printf("writeto short: %d %v %q left=%q\n", n64, err, lw.got, wt.String())
	try("writeto lie", func() { wt.WriteTo(&limitWriter{lie: true}) })
	var out bytes.Buffer
	n64, err = io.Copy(&out, bytes.NewBufferString("copied by io.Copy"))
	fmt.Println("io.Copy from:", n64, err, out.String())

	// Buffer as interfaces.
	var _ io.ReadWriter = &b
	var _ io.ByteScanner = &b
	var _ io.RuneScanner = &b
	var _ io.StringWriter = &b
	var _ io.ReaderFrom = &b
	var _ io.WriterTo = &b
	fmt.Fprintf(&out, " %d-%s", 42, "fmt")
	fmt.Println(out.String())
	fmt.Println(&out)
}
