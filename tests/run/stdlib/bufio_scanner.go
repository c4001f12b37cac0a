// run

package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

func scanAll(name string, input string, split bufio.SplitFunc) {
	sc := bufio.NewScanner(strings.NewReader(input))
	if split != nil {
		sc.Split(split)
	}
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	fmt.Printf("%s: %q err=%v\n", name, toks, sc.Err())
}

func main() {
	text := "first line\nsecond\r\n\n  spaced   words \t here\nno newline"
	scanAll("lines", text, nil)
	scanAll("lines", text, bufio.ScanLines)
	scanAll("words", text, bufio.ScanWords)
	scanAll("words", "\u00a0unicode\u2003spaces\u3000ok ", bufio.ScanWords)
	scanAll("runes", "aé世\xff!", bufio.ScanRunes)
	scanAll("bytes", "aé", bufio.ScanBytes)
	scanAll("empty", "", nil)
	scanAll("only newline", "\n", nil)

	// Bytes aliases the buffer; Text copies.
	sc := bufio.NewScanner(strings.NewReader("x y z"))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		b := sc.Bytes()
		fmt.Println(len(b), string(b), bytes.Equal(b, []byte("y")))
	}

	// A token longer than the maximum.
	long := strings.Repeat("a", 100) + "\nshort\n"
	sc = bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println("token", sc.Text())
	}
	fmt.Println("err", sc.Err(), sc.Err() == bufio.ErrTooLong)

	// A larger buffer allows it; the buffer grows from a small start.
	sc = bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(make([]byte, 4), 1000)
	for sc.Scan() {
		fmt.Println("token len", len(sc.Text()))
	}
	fmt.Println("err", sc.Err())

	// A custom split: comma-separated values, stopping at "STOP" with ErrFinalToken.
	sc = bufio.NewScanner(strings.NewReader("1,22,333,STOP,4444"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "STOP" {
				return i + 1, data[:i], bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for sc.Scan() {
		fmt.Printf("field %q\n", sc.Text())
	}
	fmt.Println("err", sc.Err())

	// A split function error stops the scan and is reported.
	boom := errors.New("boom")
	sc = bufio.NewScanner(strings.NewReader("a b c"))
	count := 0
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		count++
		if count == 3 {
			return 0, nil, boom
		}
		return bufio.ScanWords(data, atEOF)
	})
	for sc.Scan() {
		fmt.Println("word", sc.Text())
	}
	fmt.Println("err", sc.Err(), sc.Err() == boom)

	// Split functions called directly.
	adv, tok, err := bufio.ScanLines([]byte("ab\r\ncd"), false)
	fmt.Printf("%d %q %v\n", adv, tok, err)
	adv, tok, err = bufio.ScanLines([]byte("cd"), false)
	fmt.Printf("%d %q %v\n", adv, tok, err)
	adv, tok, err = bufio.ScanLines([]byte("cd"), true)
	fmt.Printf("%d %q %v\n", adv, tok, err)
	fmt.Println(bufio.MaxScanTokenSize, bufio.ErrTooLong, bufio.ErrNegativeAdvance)
	fmt.Println(bufio.ErrAdvanceTooFar, bufio.ErrBadReadCount, bufio.ErrFinalToken)
}
