// run

package main

import (
	"fmt"
)

type MyFloat float64

func try(in, format string, args ...any) {
	n, err := fmt.Sscanf(in, format, args...)
	fmt.Printf("%q %q: n=%d err=%v", in, format, n, err)
	for _, a := range args {
		switch p := a.(type) {
		case *int:
			fmt.Printf(" %d", *p)
		case *int8:
			fmt.Printf(" %d", *p)
		case *uint:
			fmt.Printf(" %d", *p)
		case *uint8:
			fmt.Printf(" %d", *p)
		case *int32:
			fmt.Printf(" %d", *p)
		case *string:
			fmt.Printf(" %q", *p)
		case *[]byte:
			fmt.Printf(" %q", *p)
		case *float64:
			fmt.Printf(" %v", *p)
		case *float32:
			fmt.Printf(" %v", *p)
		case *MyFloat:
			fmt.Printf(" %v", *p)
		case *bool:
			fmt.Printf(" %v", *p)
		case *complex128:
			fmt.Printf(" %v", *p)
		default:
			fmt.Printf(" %T", a)
		}
	}
	fmt.Println()
}

func main() {
	var a, b, c int
	var i8 int8
	var u uint
	var u8 uint8
	var r int32
	var s, t string
	var bs []byte
	var f float64
	var f32 float32
	var mf MyFloat
	var ok bool
	var z complex128
	try("1 2 3", "%d %d %d", &a, &b, &c)
	try("1,2,3", "%d,%d,%d", &a, &b, &c)
	try("1, 2, 3", "%d,%d,%d", &a, &b, &c)
	try("1 ,2", "%d,%d", &a, &b)
	try("1 , 2", "%d , %d", &a, &b)
	try("1,2", "%d , %d", &a, &b)
	try("(1;2)", "(%d;%d)", &a, &b)
	try("x=5 y=6", "x=%d y=%d", &a, &b)
	try("x=5 z=6", "x=%d y=%d", &a, &b)
	try("12345", "%2d%3d", &a, &b)
	try("123456", "%2d%3d%d", &a, &b, &c)
	try("ff 11 777 101", "%x %X %o %b", &a, &b, &c, &u)
	try("0xff", "%x", &a)
	try("0xff", "%v", &a)
	try("0b101 0o17 0x1F 1_0", "%v %v %v %v", &a, &b, &c, &u)
	try("1_0", "%d", &a)
	try("-12", "%d", &a)
	try("-12", "%x", &a)
	try("12", "%s", &a)
	try("12", "%q", &a)
	try("12", "%f", &a)
	try("U+1F600", "%U", &r)
	try("1F600", "%U", &r)
	try("U1F600", "%U", &r)
	try("x", "%c", &r)
	try("日本", "%c%c", &r, &a)
	try(" x", "%c", &r)
	try("\nx", "%c", &r)
	try("ab", "%c", &i8)
	try("é", "%c", &i8)
	try("é", "%c", &u8)
	try("€", "%c", &u8)
	try("hello world", "%s %s", &s, &t)
	try("hello world", "%5s%s", &s, &t)
	try("hello world", "%3s%s", &s, &t)
	try("héllo", "%2s%s", &s, &t)
	try("hello", "%v", &s)
	try(`"a\tb" 'x'`, "%q %s", &s, &t)
	try("`raw \\n` x", "%q %s", &s, &t)
	try(`"unterminated`, "%q", &s)
	try("noquote", "%q", &s)
	try(`"bad\q"`, "%q", &s)
	try(`"a\"b"`, "%q", &s)
	try("68656c6c6f 776f", "%x %X", &s, &t)
	try("68656c6c6fzz", "%x", &s)
	try("6", "%x", &s)
	try("6g", "%x", &s)
	try("zz", "%x", &s)
	try("414243", "%x", &bs)
	try("abc", "%s", &bs)
	try("abc", "%d", &s)
	try("abc", "%t", &s)
	try("3.5 2.25", "%f %g", &f, &f32)
	try("3.5", "%e", &f)
	try("3.5", "%d", &f)
	try("3.5", "%d", &f32)
	try("3.5", "%d", &mf)
	try("3.5", "%s", &mf)
	try("123.456", "%4f%f", &f, &f32)
	try("true false", "%t %v", &ok, &ok)
	try("true", "%d", &ok)
	try("(1+2i)", "%v", &z)
	try("(1+2i)", "%d", &z)
	try("1+2i", "%g", &z)
	try("50%", "%d%%", &a)
	try("50 %", "%d%%", &a)
	try("50%x", "%d%%x", &a)
	try("50", "%d%%", &a)
	try("%5", "%%%d", &a)
	try("5", "%d%", &a)
	try("5", "%", &a)
	try("5", "%d %d", &a)
	try("5 6", "%d", &a, &b)
	try("5", "%d", &a, &b)
	try("", "%d", &a)
	try("", "", &a)
	try("", "")
	try("abc", "")
	try("abc", "abc")
	try("abd", "abc")
	try("ab", "abc")
	try("5\n6", "%d\n%d", &a, &b)
	try("5\n6", "%d %d", &a, &b)
	try("5 6", "%d\n%d", &a, &b)
	try("5  \n  6", "%d \n %d", &a, &b)
	try("5\n\n6", "%d\n%d", &a, &b)
	try("5\n\n6", "%d\n\n%d", &a, &b)
	try("5\r\n6", "%d\n%d", &a, &b)
	try("5\n", "%d\n", &a)
	try("5", "%d\n", &a)
	try("5\n", "%d", &a)
	try("5 ", "%d ", &a)
	try("5", "%d ", &a)
	try("5x", "%d x", &a)
	try("5 x", "%dx", &a)
	try("5\t\tx", "%d x", &a)
	try("  5", "%d", &a)
	try("\n5", "%d", &a)
	try("\n5", "\n%d", &a)
	try(" \n 5", "\n%d", &a)
	try("x\ny", "%s\n%s", &s, &t)
	try("x y", "%s\n%s", &s, &t)
	try("x\ny", "%s %s", &s, &t)
	try("1 2 3", "%d %d", &a, &b)
	try("5", "%z", &a)
	try("5", "%5", &a)
	try("5", "%d", a)
	try("5", "%d", &s, &a)
	try("5", "%!", &a)
	try("300", "%d", &u8)
	try("-300", "%d", &i8)
	try("18446744073709551616", "%d", &u)
	try("1", "%3d", &a)
	try("123456", "%0d", &a)
	try("12 34", "%1d %1d", &a, &b)
	try("1234567890", "%99999999d", &a)
	try("héllo wörld", "h%sw%s", &s, &t)
	try("日本語", "日%s", &s)
	try("日本語", "本%s", &s)
	try("a\u00a0b", "a b", &s)
	try("ab", "a b")
	try("a  b", "a b")
}
