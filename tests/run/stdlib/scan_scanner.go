// run

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// Point scans itself as "(x,y)" rune by rune.
type Point struct{ X, Y int }

func (p *Point) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	r, _, err := st.ReadRune()
	if err != nil {
		return err
	}
	if r != '(' {
		return fmt.Errorf("point: want '(' got %q", r)
	}
	// Recursive scanning with the ScanState as the reader.
	_, err = fmt.Fscanf(st, "%d,%d)", &p.X, &p.Y)
	return err
}

// Word uses Token with a function.
type Word string

func (w *Word) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, unicode.IsLetter)
	if err != nil {
		return err
	}
	*w = Word(strings.ToUpper(string(tok)))
	return nil
}

// Rest takes every non-space token with Token(false, nil), reports width and verb.
type Rest struct {
	S    string
	Wid  int
	HasW bool
	Verb rune
}

func (r *Rest) Scan(st fmt.ScanState, verb rune) error {
	r.Wid, r.HasW = st.Width()
	r.Verb = verb
	tok, err := st.Token(false, nil)
	r.S = string(tok)
	return err
}

// Fail returns an error, or EOF.
type Fail struct{ err error }

func (f Fail) Scan(st fmt.ScanState, verb rune) error {
	st.ReadRune()
	return f.err
}

// Reader calls Read on the state.
type Reader struct{ msg string }

func (r *Reader) Scan(st fmt.ScanState, verb rune) error {
	_, err := st.Read(make([]byte, 4))
	r.msg = err.Error()
	return nil
}

// Skipper calls SkipSpace in Scanln mode and counts runes to EOF.
type Skipper struct{ N int }

func (s *Skipper) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	for {
		r, size, err := st.ReadRune()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		s.N += size
		if r == 'u' {
			st.UnreadRune()
			st.ReadRune()
		}
	}
}

// Panicker panics with a value of its own.
type Panicker struct{}

func (Panicker) Scan(st fmt.ScanState, verb rune) error { panic("scanner panic") }

// EOFPanicker panics with io.EOF, which the scanner returns as an error.
type EOFPanicker struct{}

func (EOFPanicker) Scan(st fmt.ScanState, verb rune) error { panic(io.EOF) }

// Kept holds on to its ScanState after Scan returns.
type Kept struct{ st fmt.ScanState }

func (k *Kept) Scan(st fmt.ScanState, verb rune) error {
	k.st = st
	return nil
}

// NotScanner has a Scan method with another signature.
type NotScanner int

func (NotScanner) Scan() {}

func main() {
	var p, q Point
	n, err := fmt.Sscan(" (1,2) (30,-4)", &p, &q)
	fmt.Println(n, err, p, q)
	n, err = fmt.Sscan("[1,2]", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscan("(1;2)", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscan("(1,", &p)
	fmt.Println(n, err)
	n, err = fmt.Fscan(bufio.NewReader(strings.NewReader("(5,6)")), &p)
	fmt.Println(n, err, p)
	n, err = fmt.Fscan(iotaReader("(7,8)"), &p)
	fmt.Println(n, err, p)

	var w1, w2 Word
	var x int
	n, err = fmt.Sscan("  hello42 world", &w1, &x, &w2)
	fmt.Println(n, err, w1, x, w2)
	n, err = fmt.Sscanf("abc-def", "%v-%v", &w1, &w2)
	fmt.Println(n, err, w1, w2)

	var r Rest
	n, err = fmt.Sscanf("abcdef", "%3v%s", &r, &w1)
	fmt.Printf("%d %v %+v %v\n", n, err, r, w1)
	n, err = fmt.Sscan("  xyz", &r)
	fmt.Printf("%d %v %+v\n", n, err, r)
	n, err = fmt.Sscanf("xyz", "%d", &r)
	fmt.Printf("%d %v %+v\n", n, err, r)

	n, err = fmt.Sscan("a b", Fail{errors.New("my failure")})
	fmt.Println(n, err)
	n, err = fmt.Sscan("a b", Fail{io.EOF})
	fmt.Println(n, err)
	n, err = fmt.Sscan("a b", Fail{nil}, &x)
	fmt.Println(n, err)

	var rd Reader
	n, err = fmt.Sscan("z", &rd)
	fmt.Println(n, err, rd.msg)

	var sk Skipper
	n, err = fmt.Sscanln("  aé\u4e16u\nnext", &sk)
	fmt.Println(n, err, sk.N)
	sk.N = 0
	n, err = fmt.Sscanln("\nabc", &sk)
	fmt.Println(n, err, sk.N)
	sk.N = 0
	n, err = fmt.Sscan("\n\n abc", &sk)
	fmt.Println(n, err, sk.N)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Sscan("x", Panicker{})
	}()
	n, err = fmt.Sscan("x", EOFPanicker{})
	fmt.Println(n, err)

	var k Kept
	n, err = fmt.Sscan("kept", &k)
	fmt.Println(n, err)
	// Go's ss is freed when the call ends: using it panics.
	try := func(name string, f func()) {
		defer func() { fmt.Println(name, "recovered:", recover()) }()
		f()
	}
	try("ReadRune", func() { k.st.ReadRune() })
	try("UnreadRune", func() { k.st.UnreadRune() })
	try("SkipSpace", func() { k.st.SkipSpace() })
	try("Token", func() { k.st.Token(true, nil) })
	wid, ok := k.st.Width()
	fmt.Println(wid, ok)

	var ns NotScanner
	n, err = fmt.Sscan("5", &ns)
	fmt.Println(n, err, ns)
}

// iotaReader is a plain io.Reader over a string.
type iotaReader string

func (r iotaReader) Read(p []byte) (int, error) { return strings.NewReader(string(r)).Read(p) }
