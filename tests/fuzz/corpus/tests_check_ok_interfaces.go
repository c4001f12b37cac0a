// compile

package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(string) }
type ReadWriter interface {
	Reader
	Writer
}
type Closer interface{ Close() error }
type ReadWriteCloser interface {
	ReadWriter
	Closer
	Read() string // duplicate method through embedding is allowed if identical
}

type file struct{ data []string }

func (f *file) Read() string   { return f.data[0] }
func (f *file) Write(s string) { f.data = append(f.data, s) }
func (f *file) Close() error   { return nil }
func (f *file) String() string { return "file" }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint(x) // x is interface{} here
	case fmt.Stringer:
		return x.String()
	case error:
		return x.Error()
	default:
		return "?"
	}
}

func main() {
	var rwc ReadWriteCloser = &file{data: []string{"a"}}
	var r Reader = rwc
	if w, ok := r.(Writer); ok {
		w.Write("b")
	}
	_ = rwc.(fmt.Stringer)
	var e interface{} = rwc
	_ = e == r // interface values are comparable
	println(describe(nil), describe(3), describe(rwc))
}
