// run

package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	b[0] = 'H'
	fmt.Println(s, string(b))
	r[len(r)-1] = '国'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0xD800)), string(rune(0x110000)))
	fmt.Println(len(string(rune(-1))), []byte(string(rune(0xD800))))
	var bs []byte
	fmt.Println(string(bs) == "", len([]rune("")), string([]rune{}) == "")
	fmt.Println(string([]byte{104, 105}), string([]rune{0x1F600, 'x', -5}))
	x := []byte("abc")
	y := string(x)
	x[0] = 'z'
	fmt.Println(y, string(x))
	runes := []rune{'G', 'o', ' ', 0x263A}
	str := string(runes)
	fmt.Println(str, len(str), []byte(str))
	var by byte = 200
	fmt.Println(string(rune(by)), []byte(string(rune(by))))
	for _, c := range []rune{0, 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff} {
		fmt.Printf("%U % x\n", c, string(c))
	}
	// append string to byte slice
	buf := []byte("key=")
	buf = append(buf, "value"...)
	buf = append(buf, ';')
	fmt.Println(string(buf), len(buf))
	copy(buf, "KEY")
	fmt.Println(string(buf))
	n := copy(buf[4:], "VAL")
	fmt.Println(n, string(buf))
	fmt.Println(string(b[1:3]), string(r[1:3]))
}
