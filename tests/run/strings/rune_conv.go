// run

package main

import "fmt"

type Letter rune
type Code int32
type Small uint8

func main() {
	var r rune = 'é'
	fmt.Println(string(r), len(string(r)))
	var n int = 0x4E16
	fmt.Println(string(rune(n)))
	var i64 int64 = 0x1F642
	fmt.Println(string(rune(i64)))
	var l Letter = 'Ω'
	fmt.Println(string(l), l)
	var c Code = 'ß'
	fmt.Println(string(c))
	var sm Small = 'A' + 2
	fmt.Println(string(sm), sm)
	var b byte = 0xE9
	fmt.Println(string(b), []byte(string(b)))
	// invalid code points become U+FFFD
	for _, v := range []int32{-1, 0xD800, 0xDFFF, 0x10FFFF, 0x110000, 0x7FFFFFFF} {
		s := string(v)
		fmt.Printf("%d %q %d % x\n", v, s, len(s), s)
	}
	for _, v := range []uint32{0xFFFFFFFF, 65} {
		fmt.Printf("%q\n", string(rune(v)))
	}
	// []rune and []byte round trips
	orig := "naïve café ☕"
	rs := []rune(orig)
	bs := []byte(orig)
	fmt.Println(len(orig), len(rs), len(bs))
	fmt.Println(rs)
	fmt.Println(bs)
	rs[2] = 'i'
	bs[0] = 'N'
	fmt.Println(orig, string(rs), string(bs))
	// conversions of named slice types
	type Bytes []byte
	type Runes []rune
	nb := Bytes("hi")
	nr := Runes("hé")
	fmt.Println(nb, nr, string(nb), string(nr))
	// string of a byte slice is a copy
	buf := []byte("mutable")
	frozen := string(buf)
	buf[0] = 'M'
	fmt.Println(frozen, string(buf))
	// string(rune) of digits
	digits := ""
	for d := 0; d < 10; d++ {
		digits += string(rune('0' + d))
	}
	fmt.Println(digits)
	fmt.Printf("%c %c %c %U\n", 72, 0x263A, r, r)
}
