// run

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// oneByte hands out its data one byte per Read, to exercise refills.
type oneByte struct{ s string }

func (o *oneByte) Read(p []byte) (int, error) {
	if len(o.s) == 0 {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = o.s[0]
	o.s = o.s[1:]
	return 1, nil
}

func main() {
	r := bufio.NewReader(strings.NewReader("héllo, wörld\nline two\r\nlast"))
	fmt.Println("size", r.Size(), "buffered", r.Buffered())

	c, err := r.ReadByte()
	fmt.Printf("ReadByte %q %v buffered %d\n", c, err, r.Buffered())
	fmt.Println("UnreadByte", r.UnreadByte())
	fmt.Println("UnreadByte again", r.UnreadByte())
	for i := 0; i < 3; i++ {
		ru, size, err := r.ReadRune()
		fmt.Printf("ReadRune %q %d %v\n", ru, size, err)
	}
	fmt.Println("UnreadRune", r.UnreadRune())
	fmt.Println("UnreadRune again", r.UnreadRune() == bufio.ErrInvalidUnreadRune)
	p, err := r.Peek(4)
	fmt.Printf("Peek %q %v\n", p, err)
	n, err := r.Discard(3)
	fmt.Println("Discard", n, err)
	buf := make([]byte, 5)
	n, err = r.Read(buf)
	fmt.Printf("Read %d %q %v\n", n, buf[:n], err)
	line, err := r.ReadSlice('\n')
	fmt.Printf("ReadSlice %q %v\n", line, err)
	l, isPrefix, err := r.ReadLine()
	fmt.Printf("ReadLine %q %v %v\n", l, isPrefix, err)
	l, isPrefix, err = r.ReadLine()
	fmt.Printf("ReadLine %q %v %v\n", l, isPrefix, err)
	l, isPrefix, err = r.ReadLine()
	fmt.Printf("ReadLine %q %v %v\n", l, isPrefix, err == io.EOF)
	_, err = r.ReadByte()
	fmt.Println("ReadByte at end", err)

	// Reset onto a new source; ReadBytes and ReadString.
	r.Reset(strings.NewReader("a,b,,c"))
	for {
		b, err := r.ReadBytes(',')
		fmt.Printf("ReadBytes %q %v\n", b, err)
		if err != nil {
			break
		}
	}
	r.Reset(&oneByte{"x;yy;zzz"})
	for {
		s, err := r.ReadString(';')
		fmt.Printf("ReadString %q %v\n", s, err)
		if err != nil {
			break
		}
	}

	// A small buffer: ErrBufferFull from ReadSlice and Peek, prefixes from ReadLine.
	long := strings.Repeat("0123456789", 4) + "\nend"
	small := bufio.NewReaderSize(strings.NewReader(long), 16)
	fmt.Println("small size", small.Size())
	sl, err := small.ReadSlice('\n')
	fmt.Printf("ReadSlice %q %v %v\n", sl, err, errors.Is(err, bufio.ErrBufferFull))
	_, err = small.Peek(17)
	fmt.Println("Peek 17", err)
	_, err = small.Peek(-1)
	fmt.Println("Peek -1", err)
	_, err = small.Discard(-1)
	fmt.Println("Discard -1", err)
	for {
		l, isPrefix, err := small.ReadLine()
		if err != nil {
			fmt.Println("ReadLine end", err)
			break
		}
		fmt.Printf("ReadLine %q prefix=%v\n", l, isPrefix)
	}

	// ReadString across many refills, WriteTo the rest.
	big := bufio.NewReaderSize(&oneByte{strings.Repeat("abc", 20) + "!tail"}, 16)
	s, err := big.ReadString('!')
	fmt.Println("ReadString", len(s), s[len(s)-4:], err)
	var sb strings.Builder
	wn, err := big.WriteTo(&sb)
	fmt.Println("WriteTo", wn, err, sb.String())

	// A discard larger than the buffer and the data.
	d := bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 100)), 16)
	n, err = d.Discard(40)
	fmt.Println("Discard 40", n, err)
	n, err = d.Discard(100)
	fmt.Println("Discard 100", n, err)

	// Invalid UTF-8 gives RuneError of size 1.
	bad := bufio.NewReader(strings.NewReader("\xffA"))
	ru, size, err := bad.ReadRune()
	fmt.Printf("%q %d %v\n", ru, size, err)
	fmt.Println(bufio.ErrNegativeCount, bufio.ErrInvalidUnreadByte, bufio.ErrBufferFull)
}
