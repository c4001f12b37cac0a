// run

// Standard declarations are rebuilt and checked when first needed
// (compiler/stdpkg.c). A method reached only through an interface is
// compiled late, after the program's entry was first generated; the package
// variables its body names (io.EOF, io.ErrUnexpectedEOF, bufio's errors)
// must still be initialized, in their packages' order, before main runs.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

type source interface {
	Read(p []byte) (int, error)
}

func drain(r source) {
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			return
		}
	}
}

type unreader interface {
	UnreadByte() error
	UnreadRune() error
}

func main() {
	drain(strings.NewReader("hello"))
	var u unreader = bufio.NewReader(strings.NewReader("x"))
	fmt.Println(u.UnreadByte())
	fmt.Println(u.UnreadRune())
	var lr io.Reader = io.LimitReader(strings.NewReader("abcdef"), 3)
	drain(lr)
	var sr interface {
		ReadAt(p []byte, off int64) (int, error)
	} = io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	buf := make([]byte, 8)
	n, err := sr.ReadAt(buf, 1)
	fmt.Println(n, string(buf[:n]), err)
	_, err = sr.ReadAt(buf, -1)
	fmt.Println(err, errors.Unwrap(err) == nil)
	var w interface {
		Write(p []byte) (int, error)
	} = bufio.NewWriterSize(failing{}, 16)
	fmt.Println(w.Write([]byte("abc")))
	bw := bufio.NewWriterSize(failing{}, 16)
	bw.WriteString("abc")
	fmt.Println(bw.Flush(), bw.Buffered())
	fmt.Println(bufio.NewWriter(failing{}).Available())
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, io.ErrShortWrite }
