// run

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// byteReader is a plain io.Reader (no ReadRune) that counts its calls.
type byteReader struct {
	data  string
	calls int
}

func (r *byteReader) Read(p []byte) (int, error) {
	r.calls++
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// errReader returns its data, then err.
type errReader struct {
	data string
	err  error
}

func (r *errReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// eofWithData returns the last byte together with io.EOF.
type eofWithData struct{ data string }

func (r *eofWithData) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	if len(r.data) == 0 {
		return n, io.EOF
	}
	return n, nil
}

// lazyReader returns (0, nil) twice before each byte.
type lazyReader struct {
	data string
	k    int
}

func (r *lazyReader) Read(p []byte) (int, error) {
	r.k++
	if r.k%3 != 0 {
		return 0, nil
	}
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	p[0] = r.data[0]
	r.data = r.data[1:]
	return 1, nil
}

// runeErr is an io.RuneScanner that fails after its runes.
type runeErr struct {
	runes []rune
	i     int
	last  int
}

func (r *runeErr) ReadRune() (rune, int, error) {
	if r.i >= len(r.runes) {
		return 0, 0, errors.New("rune source broken")
	}
	c := r.runes[r.i]
	r.i++
	return c, 1, nil
}

func (r *runeErr) UnreadRune() error {
	r.i--
	return nil
}

func (r *runeErr) Read(p []byte) (int, error) { return 0, errors.New("no Read") }

type panicReader struct{ n int }

func (r *panicReader) Read(p []byte) (int, error) {
	r.n++
	if r.n > 2 {
		panic("reader exploded")
	}
	p[0] = '7'
	return 1, nil
}

func main() {
	// A RuneScanner keeps what was not scanned, including the rune after the token.
	sr := strings.NewReader("12 34\nrest of it")
	var a, b int
	n, err := fmt.Fscan(sr, &a, &b)
	fmt.Println(n, err, a, b, sr.Len())
	rest, _ := io.ReadAll(sr)
	fmt.Printf("%q\n", rest)

	// bufio.Reader: a loop of Fscan, then the rest read with ReadString.
	br := bufio.NewReader(strings.NewReader("3\n10 20 30\nname: gopher\n"))
	var k int
	fmt.Fscan(br, &k)
	sum := 0
	for i := 0; i < k; i++ {
		var x int
		n, err := fmt.Fscan(br, &x)
		sum += x
		if n != 1 || err != nil {
			fmt.Println("error", n, err)
		}
	}
	line, err := br.ReadString('\n')
	fmt.Printf("%d %q %v\n", sum, line, err)
	line, err = br.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)

	// A plain Reader is read a byte at a time; the rune after a token is lost.
	pr := &byteReader{data: "42 rest"}
	n, err = fmt.Fscan(pr, &a)
	rest, _ = io.ReadAll(pr)
	fmt.Printf("%d %v %d calls=%d rest=%q\n", n, err, a, pr.calls, rest)
	pr = &byteReader{data: "42\nrest"}
	var s string
	n, err = fmt.Fscanln(pr, &a)
	rest, _ = io.ReadAll(pr)
	fmt.Printf("%d %v %d rest=%q\n", n, err, a, rest)
	pr = &byteReader{data: "7 8 9"}
	for {
		var x int
		n, err := fmt.Fscan(pr, &x)
		fmt.Println("loop", n, err, x)
		if err != nil {
			break
		}
	}
	pr = &byteReader{data: "héllo wörld ✓"}
	var s2, s3 string
	n, err = fmt.Fscan(pr, &s, &s2, &s3)
	fmt.Printf("%d %v %q %q %q\n", n, err, s, s2, s3)
	for _, in := range []string{"a\xffb c", "\xe4\xb8 x", "\xe4\xb8", "ok\xf0\x9f\x98", "\xc0\x80z"} {
		pr = &byteReader{data: in}
		n, err = fmt.Fscan(pr, &s, &s2)
		fmt.Printf("bad utf8 %q: %d %v %q %q\n", in, n, err, s, s2)
		n, err = fmt.Fscan(strings.NewReader(in), &s, &s2)
		fmt.Printf("  strings.Reader: %d %v %q %q\n", n, err, s, s2)
		n, err = fmt.Sscan(in, &s, &s2)
		fmt.Printf("  Sscan: %d %v %q %q\n", n, err, s, s2)
	}

	// Errors from the reader.
	boom := errors.New("boom")
	n, err = fmt.Fscan(&errReader{"12 3", boom}, &a, &b)
	fmt.Println(n, err, err == boom, a, b)
	n, err = fmt.Fscan(&errReader{"", boom}, &a)
	fmt.Println(n, err, err == boom)
	n, err = fmt.Fscan(&errReader{"5", io.ErrUnexpectedEOF}, &a)
	fmt.Println(n, err, a)
	n, err = fmt.Fscan(&eofWithData{"5 6"}, &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Fscan(&lazyReader{data: "31 41"}, &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Fscan(&runeErr{runes: []rune("12 34")}, &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Fscan(&runeErr{runes: []rune("12 ")}, &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Fscanln(&runeErr{runes: []rune("1 2\n")}, &a, &b)
	fmt.Println(n, err, a, b)

	// Fscanf and Fscanln on a reader, line by line.
	br = bufio.NewReader(strings.NewReader("alice 30\nbob 25\ncarol x\n"))
	for {
		var name string
		var age int
		n, err := fmt.Fscanf(br, "%s %d\n", &name, &age)
		fmt.Println("Fscanf", n, err, name, age)
		if err != nil {
			break
		}
	}
	br = bufio.NewReader(strings.NewReader("1 2\n3 4 5\n6\n"))
	for i := 0; i < 4; i++ {
		a, b = 0, 0
		n, err := fmt.Fscanln(br, &a, &b)
		fmt.Println("Fscanln", n, err, a, b)
	}

	// A panic in Read goes through.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		n, err := fmt.Fscan(&panicReader{}, &a)
		fmt.Println("not reached", n, err)
	}()
	n, err = fmt.Fscan(&byteReader{data: "5"}, &a)
	fmt.Println("after panic", n, err, a)
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		var r io.Reader
		n, err := fmt.Fscan(r, &a)
		fmt.Println("not reached", n, err)
	}()
	var nr io.Reader
	n, err = fmt.Fscan(nr)
	fmt.Println("nil reader, no operands:", n, err)
}
