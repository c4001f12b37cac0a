// run

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type shortWriter struct {
	max int
	err error
	got []byte
	lie bool
}

func (w *shortWriter) Write(p []byte) (int, error) {
	if w.lie {
		return len(p) + 1, nil
	}
	n := len(p)
	if n > w.max {
		n = w.max
	}
	w.got = append(w.got, p[:n]...)
	return n, w.err
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic: %v\n", name, r)
		}
	}()
	f()
}

func main() {
	data := []byte("héllo, wörld\xff!")
	r := bytes.NewReader(data)
	fmt.Println("len/size:", r.Len(), r.Size())

	p := make([]byte, 4)
	n, err := r.Read(p)
	fmt.Printf("read: %d %v %q len=%d\n", n, err, p[:n], r.Len())
	fmt.Println("unreadrune after read:", r.UnreadRune())
	fmt.Println("unreadbyte:", r.UnreadByte(), r.Len())
	c, err := r.ReadByte()
	fmt.Printf("readbyte: %q %v\n", c, err)
	for i := 0; i < 12; i++ {
		ch, size, err := r.ReadRune()
		fmt.Printf("%q/%d/%v ", ch, size, err)
	}
	fmt.Println()
	fmt.Println("unreadrune at EOF:", r.UnreadRune())
	fmt.Println("len:", r.Len())

	// ReadRune then UnreadRune twice.
	r.Reset([]byte("€x"))
	ch, size, err := r.ReadRune()
	fmt.Printf("%q %d %v\n", ch, size, err)
	fmt.Println("unreadrune:", r.UnreadRune(), r.Len())
	fmt.Println("unreadrune twice:", r.UnreadRune())
	r.ReadRune()
	r.ReadByte()
	fmt.Println("unreadrune after readbyte:", r.UnreadRune())

	// At the beginning.
	r.Reset([]byte("ab"))
	fmt.Println("unreadbyte at start:", r.UnreadByte())
	fmt.Println("unreadrune at start:", r.UnreadRune())

	// ReadAt does not move the offset.
	r.Reset([]byte("0123456789"))
	buf := make([]byte, 4)
	for _, off := range []int64{0, 3, 8, 10, 11, -1} {
		n, err := r.ReadAt(buf, off)
		fmt.Printf("readat %d: %d %v %q\n", off, n, err, buf[:n])
	}
	n, err = r.ReadAt(nil, 2)
	fmt.Println("readat empty:", n, err, r.Len())

	// Seek.
	for _, s := range []struct {
		off    int64
		whence int
	}{{3, io.SeekStart}, {2, io.SeekCurrent}, {-1, io.SeekEnd}, {5, io.SeekEnd}, {-20, io.SeekCurrent}, {0, 7}, {-1, io.SeekStart}} {
		pos, err := r.Seek(s.off, s.whence)
		fmt.Printf("seek(%d,%d): %d %v len=%d\n", s.off, s.whence, pos, err, r.Len())
	}
	r.Seek(15, io.SeekStart)
	n, err = r.Read(buf)
	fmt.Println("read past end:", n, err, r.Len())
	c, err = r.ReadByte()
	fmt.Println("readbyte past end:", c, err)
	fmt.Println("unreadbyte past end:", r.UnreadByte(), r.Len())
	ch, size, err = r.ReadRune()
	fmt.Println("readrune past end:", ch, size, err)
	n64, err := r.WriteTo(io.Discard)
	fmt.Println("writeto past end:", n64, err)

	// Read with an empty buffer.
	r.Reset([]byte("xyz"))
	n, err = r.Read(nil)
	fmt.Println("read nil:", n, err, r.Len())
	r.Seek(0, io.SeekEnd)
	n, err = r.Read(nil)
	fmt.Println("read nil at end:", n, err)

	// WriteTo.
	r.Reset([]byte("write all of this"))
	r.ReadByte()
	var sb strings.Builder
	n64, err = r.WriteTo(&sb)
	fmt.Printf("writeto: %d %v %q len=%d\n", n64, err, sb.String(), r.Len())
	r.Reset([]byte("abcdef"))
	sw := &shortWriter{max: 2}
	n64, err = r.WriteTo(sw)
	fmt.Printf("writeto short: %d %v %q len=%d\n", n64, err, sw.got, r.Len())
	sw = &shortWriter{max: 1, err: errors.New("broken pipe")}
	n64, err = r.WriteTo(sw)
	fmt.Printf("writeto err: %d %v %q len=%d\n", n64, err, sw.got, r.Len())
	try("writeto lie", func() { r.WriteTo(&shortWriter{lie: true}) })

	// The zero Reader and a nil slice.
	var z bytes.Reader
	fmt.Println("zero:", z.Len(), z.Size())
	n, err = z.Read(buf)
	fmt.Println("zero read:", n, err)
	nr := bytes.NewReader(nil)
	all, err := io.ReadAll(nr)
	fmt.Printf("nil: %q %v %d\n", all, err, nr.Size())

	// Through io helpers and interfaces.
	var _ io.ReadSeeker = r
	var _ io.ReaderAt = r
	var _ io.WriterTo = r
	var _ io.ByteScanner = r
	var _ io.RuneScanner = r
	r.Reset([]byte("line one\nline two\n"))
	var out bytes.Buffer
	n64, err = io.Copy(&out, r)
	fmt.Printf("io.Copy: %d %v %q\n", n64, err, out.String())
	r.Reset([]byte("section reader over bytes"))
	sec := io.NewSectionReader(r, 8, 6)
	all, err = io.ReadAll(sec)
	fmt.Printf("section: %q %v\n", all, err)
	r.Reset([]byte("abcdefgh"))
	full := make([]byte, 5)
	n, err = io.ReadFull(r, full)
	fmt.Printf("readfull: %d %v %q\n", n, err, full)
	n, err = io.ReadFull(r, full)
	fmt.Printf("readfull short: %d %v %q\n", n, err, full[:n])

	// The Reader reads the caller's slice, not a copy.
	src := []byte("shared")
	sr := bytes.NewReader(src)
	src[0] = 'S'
	all, _ = io.ReadAll(sr)
	fmt.Printf("%q\n", all)
}
