// run

// package log without time or file flags: New, prefixes, Lmsgprefix, Print*,
// Output, Flags/SetFlags, Prefix/SetPrefix, Writer/SetOutput, Default, the
// io.Discard shortcut, Panic* (recovered), and the standard logger on stderr
// and stdout.

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"sync"
)

type countWriter struct{ writes int }

func (c *countWriter) Write(p []byte) (int, error) {
	c.writes++
	return len(p), nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, errors.New("write failed") }

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "app: ", 0)
	l.Print("print", 1, 2, "x", "y", 3.5)
	l.Println("println", 1, 2, "x")
	l.Printf("printf %d %q", 42, "q")
	l.Printf("already ends in newline\n")
	l.Print("")
	l.Print("multi\nline")
	l.Printf("%v", []int{1, 2})
	fmt.Printf("%q\n", buf.String())

	buf.Reset()
	l.SetFlags(log.Lmsgprefix)
	l.SetPrefix("[pfx] ")
	l.Println("with Lmsgprefix")
	fmt.Printf("flags=%d prefix=%q %q\n", l.Flags(), l.Prefix(), buf.String())

	buf.Reset()
	l.SetPrefix("")
	l.SetFlags(0)
	err := l.Output(1, "via Output")
	fmt.Printf("Output: %v %q\n", err, buf.String())

	l2 := log.New(failWriter{}, "", 0)
	fmt.Println("failing writer:", l2.Output(2, "x"))

	fmt.Println("Writer is buf:", l.Writer() == io.Writer(&buf))
	var other bytes.Buffer
	l.SetOutput(&other)
	l.Print("to other")
	fmt.Printf("buf %q other %q\n", buf.String(), other.String())

	// A Logger writing to io.Discard skips formatting.
	d := log.New(io.Discard, "", 0)
	d.Printf("%v", panicStringer{})
	fmt.Println("discard ok")
	cw := &countWriter{}
	d.SetOutput(cw)
	d.Print("a")
	d.SetOutput(io.Discard)
	d.Print("b")
	fmt.Println("writes after SetOutput:", cw.writes)

	// One Write per message, even from many goroutines.
	cw = &countWriter{}
	cl := log.New(cw, "", 0)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 25; j++ {
				cl.Printf("goroutine %d message %d", i, j)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("concurrent writes:", cw.writes)

	// Panic, Panicf, Panicln log first, then panic with the message.
	buf.Reset()
	l.SetOutput(&buf)
	for i, f := range []func(){
		func() { l.Panic("panic", 1) },
		func() { l.Panicf("panicf %d", 2) },
		func() { l.Panicln("panicln", 3) },
	} {
		func() {
			defer func() {
				r := recover()
				fmt.Printf("%d recovered %T %q\n", i, r, r)
			}()
			f()
		}()
	}
	fmt.Printf("logged %q\n", buf.String())

	// The standard logger.
	fmt.Println("Default is std:", log.Default() == log.Default(), log.Default().Writer() == io.Writer(os.Stderr))
	fmt.Println("std flags:", log.Flags(), log.LstdFlags, "prefix:", strings.TrimSpace(log.Prefix()) == "")
	log.SetFlags(0)
	log.Print("to stderr")
	log.Println("to", "stderr", 2)
	log.SetPrefix("std> ")
	log.Printf("to stderr %d", 3)
	log.Output(1, "std Output")
	func() {
		defer func() { fmt.Printf("std recovered %q\n", recover()) }()
		log.Panic("std", "panic", 4)
	}()
	log.SetOutput(os.Stdout)
	fmt.Println("Writer is stdout:", log.Writer() == io.Writer(os.Stdout))
	log.Print("to stdout")
	log.SetFlags(log.Lmsgprefix)
	log.Println("msgprefix", "on", "stdout")
	log.Default().SetPrefix("")
	log.Default().Print("via Default()")
	log.SetOutput(os.Stderr)
	log.Print("back on stderr")
	fmt.Println("flag values:", log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)
}

type panicStringer struct{}

func (panicStringer) String() string { panic("must not be formatted") }
