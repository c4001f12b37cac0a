// run

// io.MultiReader, io.MultiWriter and io.SectionReader.

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("fail") }

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

type onlyWriter struct{ b bytes.Buffer }

func (o *onlyWriter) Write(p []byte) (int, error) { return o.b.Write(p) }

func readChunks(r io.Reader, size int) {
	buf := make([]byte, size)
	for {
		n, err := r.Read(buf)
		fmt.Printf("  %d %q %v\n", n, buf[:n], err)
		if err != nil {
			return
		}
	}
}

func main() {
	fmt.Println("MultiReader chunks:")
	mr := io.MultiReader(strings.NewReader("abc"), strings.NewReader(""), strings.NewReader("défg"))
	readChunks(mr, 4)

	fmt.Println("MultiReader none:")
	readChunks(io.MultiReader(), 4)

	// Nested multiReaders are flattened; reading after EOF keeps returning EOF.
	inner := io.MultiReader(strings.NewReader("in1"), strings.NewReader("in2"))
	outer := io.MultiReader(inner, strings.NewReader("out"))
	data, err := io.ReadAll(outer)
	fmt.Printf("nested: %q %v\n", data, err)
	n, err := outer.Read(make([]byte, 3))
	fmt.Println("after EOF:", n, err)

	// An error from one reader stops the MultiReader.
	mr = io.MultiReader(strings.NewReader("ok"), io.LimitReader(errReader{}, 5), strings.NewReader("never"))
	data, err = io.ReadAll(mr)
	fmt.Printf("error: %q %v\n", data, err)

	// MultiReader's WriterTo (Go 1.19 has none on multiReader): Copy works either way.
	var sink bytes.Buffer
	c, err := io.Copy(&sink, io.MultiReader(strings.NewReader("x"), strings.NewReader("y")))
	fmt.Printf("Copy: %d %v %q\n", c, err, sink.String())

	// MultiWriter.
	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, &b)
	n, err = mw.Write([]byte("hello "))
	fmt.Println("MultiWriter.Write:", n, err)
	n, err = io.WriteString(mw, "world")
	fmt.Println("WriteString:", n, err, a.String(), "|", b.String())

	o := &onlyWriter{}
	mw = io.MultiWriter(o, &a)
	n, err = io.WriteString(mw, "!")
	fmt.Println("WriteString mixed:", n, err, o.b.String(), a.String())

	mw = io.MultiWriter(&a, failWriter{}, &b)
	n, err = mw.Write([]byte("more"))
	fmt.Println("fail:", n, err, a.String(), "|", b.String())

	mw = io.MultiWriter(shortWriter{}, &b)
	n, err = mw.Write([]byte("four"))
	fmt.Println("short:", n, err, err == io.ErrShortWrite, b.String())

	// Nested MultiWriters and an empty one.
	var c1, c2, c3 bytes.Buffer
	mw = io.MultiWriter(io.MultiWriter(&c1, &c2), &c3)
	io.WriteString(mw, "nested")
	fmt.Println("nested:", c1.String(), c2.String(), c3.String())
	n, err = io.MultiWriter().Write([]byte("void"))
	fmt.Println("empty MultiWriter:", n, err)

	// SectionReader.
	src := strings.NewReader("0123456789abcdef")
	s := io.NewSectionReader(src, 4, 8)
	fmt.Println("Size:", s.Size())
	readChunks(s, 3)

	buf := make([]byte, 4)
	k, err := s.ReadAt(buf, 2)
	fmt.Printf("ReadAt 2: %d %q %v\n", k, buf[:k], err)
	k, err = s.ReadAt(buf, 6)
	fmt.Printf("ReadAt 6: %d %q %v\n", k, buf[:k], err)
	k, err = s.ReadAt(buf, 8)
	fmt.Printf("ReadAt 8: %d %v\n", k, err)
	k, err = s.ReadAt(buf, -1)
	fmt.Printf("ReadAt -1: %d %v\n", k, err)
	k, err = s.ReadAt(buf, 100)
	fmt.Printf("ReadAt 100: %d %v\n", k, err)

	for _, sk := range []struct {
		off    int64
		whence int
	}{{0, io.SeekStart}, {3, io.SeekStart}, {2, io.SeekCurrent}, {-1, io.SeekEnd}, {10, io.SeekStart}, {-5, io.SeekStart}, {0, 7}, {-20, io.SeekCurrent}} {
		pos, err := s.Seek(sk.off, sk.whence)
		rn, _ := s.Read(buf[:1])
		fmt.Printf("Seek(%d, %d): %d %v read %q\n", sk.off, sk.whence, pos, err, buf[:rn])
	}

	// A section past the end of the underlying data, and an empty section.
	s = io.NewSectionReader(src, 12, 100)
	data, err = io.ReadAll(s)
	fmt.Printf("past end: %q %v size=%d\n", data, err, s.Size())
	s = io.NewSectionReader(src, 3, 0)
	k, err = s.Read(buf)
	fmt.Println("empty section:", k, err)
	s = io.NewSectionReader(src, 0, -1)
	fmt.Println("negative size:", s.Size())

	// SectionReader over a bytes.Reader, read with io.ReadFull.
	s = io.NewSectionReader(bytes.NewReader([]byte("héllo wörld")), 1, 5)
	full := make([]byte, 5)
	k, err = io.ReadFull(s, full)
	fmt.Printf("ReadFull section: %d %q %v\n", k, full, err)
}

type errReader struct{}

func (errReader) Read(p []byte) (int, error) { return 0, errors.New("bad read") }
