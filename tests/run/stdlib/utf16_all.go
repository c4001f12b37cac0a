// run

package main

import (
	"fmt"
	"unicode/utf16"
)

func main() {
	for _, r := range []rune{-1, 0, 'a', 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff, 0x110000} {
		r1, r2 := utf16.EncodeRune(r)
		fmt.Printf("%#x surrogate=%v encode=%#x,%#x decode=%#x\n", r, utf16.IsSurrogate(r), r1, r2, utf16.DecodeRune(r1, r2))
	}
	fmt.Printf("%#x\n", utf16.DecodeRune(0xdc00, 0xd800))
	fmt.Printf("%#x\n", utf16.DecodeRune('a', 0xdc00))
	runes := []rune("héllo, 世界 😀 \U0010ffff")
	runes = append(runes, -5, 0xd800, 0x110000)
	enc := utf16.Encode(runes)
	fmt.Printf("%d %#x\n", len(enc), enc)
	dec := utf16.Decode(enc)
	fmt.Printf("%d %q\n", len(dec), string(dec))
	fmt.Printf("%q\n", string(utf16.Decode([]uint16{0xd83d, 'x', 0xde00, 0xd83d, 0xde00, 0xd83d})))
	fmt.Println(utf16.Encode(nil) == nil, len(utf16.Encode(nil)), utf16.Decode(nil) == nil, len(utf16.Decode([]uint16{})))
	fmt.Println(utf16.Encode([]rune{}), utf16.Decode([]uint16{}))
}
