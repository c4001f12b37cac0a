// run

package main

import "fmt"

func main() {
	s := "tab\there\nnewline \"quoted\" back\\slash \x41\101\u00e9\U0001F600 \a\b\f\v\r end"
	fmt.Printf("%q\n", s)
	fmt.Printf("%+q\n", s)
	fmt.Printf("%x\n", "hi\x00\xff")
	fmt.Printf("% x\n", "héllo")
	fmt.Printf("%X\n", "héllo")
	raw := `raw\nstring "with" quotes
and a second line`
	fmt.Println(raw)
	fmt.Println(len(raw))
	fmt.Printf("%q\n", raw)
	fmt.Printf("%#q\n", "no backquote needed")
	fmt.Printf("%#q\n", "has `backquote`")
	fmt.Printf("%q %q %q %q\n", 'a', '\n', '\'', '☃')
	fmt.Printf("%q %+q %#U\n", '世', '世', '世')
	fmt.Println('a', '\x7f', '\377', '\u1234', "\377"[0])
	fmt.Printf("%10q|%-10q|\n", "ab", "cd")
	fmt.Printf("[%5s][%-5s][%.2s][%5.1s]\n", "abc", "abc", "abc", "abc")
	fmt.Printf("[%s][%v][%q]\n", []string{"a", "b"}, []string{"c d"}, []string{"e", "f\n"})
	fmt.Printf("%s|%x|%X|% X\n", []byte("bytes"), []byte("bytes"), []byte{1, 171}, []byte{1, 171})
	fmt.Printf("%q\n", []byte("q\x01"))
	fmt.Printf("%c%c%c %c\n", 72, 105, 33, 0x1F600)
	fmt.Printf("%U %#U\n", 0x41, 0x41)
	fmt.Println("multi" +
		"line" +
		" concat")
	fmt.Printf("%q\n", "\xff\xfe invalid")
	fmt.Printf("%+q\n", "\xff日本")
	println("println \"raw\" \t tab")
}
