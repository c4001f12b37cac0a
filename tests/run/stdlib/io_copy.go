// run

// io.Copy, CopyBuffer, CopyN, ReadAll, ReadFull, ReadAtLeast, LimitReader,
// TeeReader, Discard, NopCloser, WriteString: results, error values and the
// ReaderFrom / WriterTo fast paths.

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// oneByteReader returns at most one byte per Read and hides WriterTo.
type oneByteReader struct{ s string }

func (r *oneByteReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

// dataErrReader returns its data together with a final error.
type dataErrReader struct {
	s   string
	err error
}

func (r *dataErrReader) Read(p []byte) (int, error) {
	n := copy(p, r.s)
	r.s = r.s[n:]
	if len(r.s) == 0 {
		return n, r.err
	}
	return n, nil
}

// plainWriter hides ReaderFrom.
type plainWriter struct{ b []byte }

func (w *plainWriter) Write(p []byte) (int, error) {
	w.b = append(w.b, p...)
	return len(p), nil
}

// shortWriter accepts at most max bytes per Write without an error.
type shortWriter struct {
	max int
	b   []byte
}

func (w *shortWriter) Write(p []byte) (int, error) {
	n := len(p)
	if n > w.max {
		n = w.max
	}
	w.b = append(w.b, p[:n]...)
	return n, nil
}

// badWriter returns an impossible count.
type badWriter struct{}

func (badWriter) Write(p []byte) (int, error) { return -1, nil }

// errWriter fails after n bytes.
type errWriter struct{ n int }

func (w *errWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

// countingReaderFrom records that ReadFrom was used.
type countingReaderFrom struct {
	bytes.Buffer
	used bool
}

func (c *countingReaderFrom) ReadFrom(r io.Reader) (int64, error) {
	c.used = true
	return c.Buffer.ReadFrom(r)
}

type stringWriter struct{ calls []string }

func (s *stringWriter) Write(p []byte) (int, error) {
	s.calls = append(s.calls, "Write:"+string(p))
	return len(p), nil
}

func (s *stringWriter) WriteString(str string) (int, error) {
	s.calls = append(s.calls, "WriteString:"+str)
	return len(str), nil
}

func main() {
	// Copy: plain reader to plain writer, through WriterTo, through ReaderFrom.
	w := &plainWriter{}
	n, err := io.Copy(w, &oneByteReader{"héllo, wörld"})
	fmt.Printf("Copy plain: %d %v %q\n", n, err, w.b)

	w = &plainWriter{}
	n, err = io.Copy(w, strings.NewReader("via WriterTo"))
	fmt.Printf("Copy WriterTo: %d %v %q\n", n, err, w.b)

	crf := &countingReaderFrom{}
	n, err = io.Copy(crf, &oneByteReader{"via ReaderFrom"})
	fmt.Printf("Copy ReaderFrom: %d %v %q used=%v\n", n, err, crf.String(), crf.used)

	w = &plainWriter{}
	n, err = io.Copy(w, &oneByteReader{""})
	fmt.Printf("Copy empty: %d %v %q\n", n, err, w.b)

	w = &plainWriter{}
	n, err = io.Copy(w, &dataErrReader{"abc", errors.New("boom")})
	fmt.Printf("Copy read error: %d %v %q\n", n, err, w.b)

	n, err = io.Copy(&shortWriter{max: 2}, &oneByteReader{"abc"})
	fmt.Printf("Copy 1-byte short writer: %d %v\n", n, err)
	sw := &shortWriter{max: 2}
	n, err = io.Copy(sw, &dataErrReader{"abcdef", io.EOF})
	fmt.Printf("Copy short write: %d %v %q %v\n", n, err, sw.b, err == io.ErrShortWrite)

	n, err = io.Copy(badWriter{}, &oneByteReader{"abc"})
	fmt.Printf("Copy bad writer: %d %v\n", n, err)

	n, err = io.Copy(&errWriter{n: 3}, &dataErrReader{"abcdef", io.EOF})
	fmt.Printf("Copy write error: %d %v\n", n, err)

	// CopyBuffer with a small buffer, nil buffer, and a zero-length buffer.
	w = &plainWriter{}
	n, err = io.CopyBuffer(w, &dataErrReader{"0123456789", io.EOF}, make([]byte, 3))
	fmt.Printf("CopyBuffer: %d %v %q\n", n, err, w.b)
	w = &plainWriter{}
	n, err = io.CopyBuffer(w, &dataErrReader{"nil buf", io.EOF}, nil)
	fmt.Printf("CopyBuffer nil: %d %v %q\n", n, err, w.b)
	func() {
		defer func() { fmt.Println("CopyBuffer empty buf recovered:", recover()) }()
		io.CopyBuffer(&plainWriter{}, &oneByteReader{"x"}, make([]byte, 0))
	}()
	func() {
		defer func() { fmt.Println("CopyBuffer empty buf, WriterTo source, recovered:", recover()) }()
		io.CopyBuffer(&plainWriter{}, strings.NewReader("wt"), make([]byte, 0))
	}()

	// CopyN.
	var bb bytes.Buffer
	n, err = io.CopyN(&bb, strings.NewReader("abcdefgh"), 5)
	fmt.Printf("CopyN 5: %d %v %q\n", n, err, bb.String())
	bb.Reset()
	n, err = io.CopyN(&bb, strings.NewReader("abc"), 5)
	fmt.Printf("CopyN short: %d %v %q\n", n, err, bb.String())
	bb.Reset()
	n, err = io.CopyN(&bb, strings.NewReader("abc"), 0)
	fmt.Printf("CopyN 0: %d %v %q\n", n, err, bb.String())
	n, err = io.CopyN(&bb, strings.NewReader("abc"), -1)
	fmt.Printf("CopyN -1: %d %v\n", n, err)

	// ReadAll.
	data, err := io.ReadAll(strings.NewReader(strings.Repeat("xyz", 300)))
	fmt.Println("ReadAll:", len(data), err, string(data[:6]))
	data, err = io.ReadAll(&oneByteReader{""})
	fmt.Printf("ReadAll empty: %q %v %v\n", data, err, data == nil)
	data, err = io.ReadAll(&dataErrReader{"partial", errors.New("broken")})
	fmt.Printf("ReadAll error: %q %v\n", data, err)

	// ReadFull and ReadAtLeast.
	buf := make([]byte, 4)
	k, err := io.ReadFull(&oneByteReader{"abcdef"}, buf)
	fmt.Printf("ReadFull: %d %v %q\n", k, err, buf[:k])
	k, err = io.ReadFull(&oneByteReader{"ab"}, buf)
	fmt.Printf("ReadFull short: %d %v %q %v\n", k, err, buf[:k], err == io.ErrUnexpectedEOF)
	k, err = io.ReadFull(&oneByteReader{""}, buf)
	fmt.Printf("ReadFull empty: %d %v %v\n", k, err, err == io.EOF)
	k, err = io.ReadFull(&oneByteReader{""}, nil)
	fmt.Printf("ReadFull nil buf: %d %v\n", k, err)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 2)
	fmt.Printf("ReadAtLeast 2: %d %v %q\n", k, err, buf[:k])
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 5)
	fmt.Printf("ReadAtLeast too small: %d %v %v\n", k, err, err == io.ErrShortBuffer)
	k, err = io.ReadAtLeast(&dataErrReader{"ab", errors.New("oops")}, buf, 3)
	fmt.Printf("ReadAtLeast error: %d %v\n", k, err)
	k, err = io.ReadAtLeast(&dataErrReader{"abc", errors.New("late")}, buf, 3)
	fmt.Printf("ReadAtLeast enough then error: %d %v\n", k, err)

	// LimitReader / LimitedReader.
	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	data, err = io.ReadAll(lr)
	fmt.Printf("LimitReader: %q %v %d\n", data, err, lr.(*io.LimitedReader).N)
	l := &io.LimitedReader{R: strings.NewReader("abc"), N: 0}
	k, err = l.Read(buf)
	fmt.Printf("LimitedReader N=0: %d %v\n", k, err)
	l = &io.LimitedReader{R: strings.NewReader("abc"), N: -3}
	k, err = l.Read(buf)
	fmt.Printf("LimitedReader N<0: %d %v\n", k, err)
	l = &io.LimitedReader{R: strings.NewReader("ab"), N: 10}
	data, _ = io.ReadAll(l)
	fmt.Printf("LimitedReader big N: %q N=%d\n", data, l.N)

	// TeeReader.
	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee ☃ reader"), &tee)
	data, err = io.ReadAll(tr)
	fmt.Printf("TeeReader: %q %v copy=%q\n", data, err, tee.String())
	tr = io.TeeReader(strings.NewReader("abcdef"), &errWriter{n: 2})
	k, err = tr.Read(buf)
	fmt.Printf("TeeReader write error: %d %v\n", k, err)

	// Discard.
	k, err = io.Discard.Write([]byte("gone"))
	fmt.Println("Discard.Write:", k, err)
	k, err = io.WriteString(io.Discard, "gone too")
	fmt.Println("Discard WriteString:", k, err)
	n, err = io.Copy(io.Discard, &oneByteReader{strings.Repeat("z", 20000)})
	fmt.Println("Copy to Discard:", n, err)
	_, isRF := io.Discard.(io.ReaderFrom)
	_, isSW := io.Discard.(io.StringWriter)
	fmt.Println("Discard is ReaderFrom:", isRF, "StringWriter:", isSW)

	// NopCloser.
	rc := io.NopCloser(strings.NewReader("nop"))
	data, _ = io.ReadAll(rc)
	fmt.Printf("NopCloser: %q %v\n", data, rc.Close())
	_, wt := rc.(io.WriterTo)
	fmt.Println("NopCloser of WriterTo is WriterTo:", wt)
	rc = io.NopCloser(&oneByteReader{"x"})
	_, wt = rc.(io.WriterTo)
	fmt.Println("NopCloser of plain reader is WriterTo:", wt)

	// WriteString picks WriteString when available.
	s := &stringWriter{}
	io.WriteString(s, "one")
	io.WriteString(struct{ io.Writer }{s}, "two")
	fmt.Println("WriteString:", s.calls)

	// Error values.
	for _, e := range []error{io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress, io.ErrClosedPipe} {
		fmt.Printf("%q\n", e.Error())
	}
	fmt.Println(io.SeekStart, io.SeekCurrent, io.SeekEnd)
}
