// run

package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "Ünïcödé ☃ 𝄞 ok"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d %c %d %v\n", i, r, size, utf8.RuneLen(r))
		i += size
	}
	for s2 := s; len(s2) > 0; {
		r, size := utf8.DecodeLastRuneInString(s2)
		fmt.Print(string(r))
		s2 = s2[:len(s2)-size]
	}
	fmt.Println()
	bad := "ok\xffno\xe2\x28"
	fmt.Println(utf8.ValidString(bad), utf8.RuneCountInString(bad))
	r, size := utf8.DecodeRuneInString(bad[2:])
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	buf := make([]byte, 4)
	for _, c := range []rune{'A', 'é', '€', '𝄞', -1, 0xDFFF} {
		n := utf8.EncodeRune(buf, c)
		fmt.Printf("%U -> % x (%d) valid=%v\n", c, buf[:n], n, utf8.ValidRune(c))
	}
	fmt.Println(utf8.RuneLen(-1), utf8.RuneLen(0x10FFFF), utf8.RuneLen(0x110000))
	fmt.Println(utf8.FullRuneInString("\xe2\x82"), utf8.FullRuneInString("\xe2\x82\xac"))
	fmt.Println(utf8.RuneStart(s[1]), utf8.RuneStart(s[2]), utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	bb := []byte("häh")
	fmt.Println(utf8.RuneCount(bb), utf8.Valid(bb))
	app := utf8.AppendRune(nil, '世')
	fmt.Println(app, string(app))
}
