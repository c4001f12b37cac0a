// run

package main

import (
	"fmt"
)

type MyInt int
type MyUint8 uint8
type MyFloat float64
type MyFloat32 float32
type MyString string
type MyBytes []byte
type MyBool bool
type MyComplex complex64
type PInt *int
type T struct{ X int }

func show(name string, n int, err error, vals ...any) {
	fmt.Printf("%-28s n=%d err=%v", name, n, err)
	for _, v := range vals {
		fmt.Printf(" | %#v", v)
	}
	fmt.Println()
}

func ints(in string) {
	var i int
	var i8 int8
	var i16 int16
	var i32 int32
	var i64 int64
	n, err := fmt.Sscan(in, &i, &i8, &i16, &i32, &i64)
	show("ints "+fmt.Sprintf("%q", in), n, err, i, i8, i16, i32, i64)
}

func uints(in string) {
	var u uint
	var u8 uint8
	var u16 uint16
	var u32 uint32
	var u64 uint64
	var up uintptr
	n, err := fmt.Sscan(in, &u, &u8, &u16, &u32, &u64, &up)
	show("uints "+fmt.Sprintf("%q", in), n, err, u, u8, u16, u32, u64, up)
}

func one(in string, p any) {
	n, err := fmt.Sscan(in, p)
	show(fmt.Sprintf("%T %q", p, in), n, err, deref(p))
}

func deref(p any) (v any) {
	defer func() {
		if recover() != nil {
			v = "nil pointer"
		}
	}()
	switch q := p.(type) {
	case *int:
		v = *q
	case *int8:
		v = *q
	case *uint8:
		v = *q
	case *float32:
		v = *q
	case *float64:
		v = *q
	case *complex64:
		v = *q
	case *complex128:
		v = *q
	case *bool:
		v = *q
	case *string:
		v = *q
	case *[]byte:
		v = *q
	case *MyInt:
		v = *q
	case *MyFloat:
		v = *q
	case *MyString:
		v = *q
	case *MyBytes:
		v = *q
	case *MyBool:
		v = *q
	default:
		v = fmt.Sprintf("%T", p)
	}
	return v
}

func main() {
	ints("1 -2 3 -4 5")
	ints("  +10\t-128\n32767 2147483647 9223372036854775807")
	ints("0x1F 0b101 0o17 017 1_000")
	ints("0X1f -0B11 0O7 -0 0_7")
	ints("1 128")
	ints("1 2 32768")
	ints("1 2 3 2147483648")
	ints("1 2 3 4 9223372036854775808")
	ints("99999999999999999999999")
	ints("abc")
	ints("1 2 x")
	ints("")
	ints("   ")
	ints("1 2")
	ints("1 -")
	ints("1 +")
	ints("0x")
	ints("0xg")
	ints("08")
	ints("1__0")
	ints("_1")
	ints("--1")
	ints("1-2")
	uints("1 2 3 4 5 6")
	uints("0xff 0377 0b11111111 0o177777 18446744073709551615 0x7")
	uints("-1")
	uints("+1")
	uints("1 256")
	uints("1 2 65536")
	uints("1 2 3 4294967296")
	uints("1 2 3 4 18446744073709551616")
	var i int
	var i8 int8
	var u8 uint8
	var f32 float32
	var f64 float64
	var c64 complex64
	var c128 complex128
	var b bool
	var s string
	var bs []byte
	var mi MyInt
	var mf MyFloat
	var ms MyString
	var mb MyBytes
	var mbool MyBool
	for _, in := range []string{"3.25", "-1e10", "1e400", "1e-400", "+Inf", "-inf", "NaN", "nan", "0x1p-2", "0x1.8p1", "1.5p3", "1p-2", "1e", "1.2.3", ".5", "5.", "1_000.5", "0x_1p1", "Infinity", "in", "abc", "", "1.5e+2x", "-", "1p", "1px", "1.5p999999999999999999999"} {
		one(in, &f64)
		one(in, &f32)
	}
	for _, in := range []string{"3.4e39", "1e-46", "16777217", "0.1"} {
		one(in, &f32)
	}
	for _, in := range []string{"(1+2i)", "1+2i", "-1.5-2.5i", "(1e3+1e-3i)", "1+2", "(1+2i", "1+2j", "1", "(NaN+Infi)", "1e400+1i", "i", "(+1-1i)", "+1+1i"} {
		one(in, &c128)
		one(in, &c64)
	}
	for _, in := range []string{"true", "false", "T", "F", "TRUE", "False", "1", "0", "tru", "trUE", "t", "f", "fals", "yes", "", "truex", "2"} {
		one(in, &b)
	}
	for _, in := range []string{"hello world", "  héllo\tx", "\n\nabc\n", "", "   ", "a", "日本語 x", "\xff\xfe z"} {
		one(in, &s)
		one(in, &bs)
	}
	one("42", &mi)
	one("0x2A", &mi)
	one("1e3", &mf)
	one("2.5", &mf)
	one("named", &ms)
	one("bytes", &mb)
	one("true", &mbool)
	one("7", &i)
	one("300", &u8)
	one("-129", &i8)
	one("1", i)
	one("1", s)
	one("1", T{})
	one("1", &T{})
	pp := &i
	one("1", &pp)
	one("1", new([]int))
	one("1", new(map[string]int))
	one("1", new([2]byte))
	one("1", new(any))
	var nmi *MyInt
	one("1", nmi)
	one("1", PInt(&i))
	var np *MyFloat
	one("x", np)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var ip *int
		n, err := fmt.Sscan("5", ip)
		fmt.Println("not reached", n, err)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var ip *int
		n, err := fmt.Sscan("x", ip)
		fmt.Println("scan error first:", n, err)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		n, err := fmt.Sscan("5", nil)
		fmt.Println("not reached", n, err)
	}()
	// n counts operands scanned before an error
	var a, b2, c int
	n, err := fmt.Sscan("1 2 x", &a, &b2, &c)
	fmt.Println(n, err, a, b2, c)
	n, err = fmt.Sscan("1 2", &a, &b2, &c)
	fmt.Println(n, err)
	n, err = fmt.Sscan("")
	fmt.Println(n, err)
	n, err = fmt.Sscan("1 2 3 4", &a)
	fmt.Println(n, err, a)
	// Sscanln
	for _, in := range []string{"1 2 3", "1 2 3\n", "1 2\n3", "1 2 3 4", "1 2 3   \n 4", "\n1 2 3", "1 2 3\r\n", "1 2", "", "1 2 3 \t ", "1\r\n2 3"} {
		a, b2, c = 0, 0, 0
		n, err := fmt.Sscanln(in, &a, &b2, &c)
		fmt.Printf("Sscanln %q: %d %v %d %d %d\n", in, n, err, a, b2, c)
	}
	n, err = fmt.Sscanln("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("")
	fmt.Println(n, err)
	n, err = fmt.Sscanln("x")
	fmt.Println(n, err)
	n, err = fmt.Sscanln("   \n x")
	fmt.Println(n, err)
	// Sscan across newlines
	for _, in := range []string{"1\n2\n3", "1\r\n2\r\n3", "\n\n1 \n 2\t3\n\n"} {
		a, b2, c = 0, 0, 0
		n, err := fmt.Sscan(in, &a, &b2, &c)
		fmt.Printf("Sscan %q: %d %v %d %d %d\n", in, n, err, a, b2, c)
	}
	var s1, s2 string
	n, err = fmt.Sscan("héllo\u00a0wörld\u2003x", &s1, &s2)
	fmt.Printf("%d %v %q %q\n", n, err, s1, s2)
	n, err = fmt.Sscan("\u0085a\u3000b", &s1, &s2)
	fmt.Printf("%d %v %q %q\n", n, err, s1, s2)
}
