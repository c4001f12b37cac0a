// run

package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := []byte("hello, world")
	fmt.Println(bytes.IndexByte(b, 'o'), bytes.IndexByte(b, 'z'), bytes.IndexByte(nil, 'a'))
	fmt.Println(bytes.Index(b, []byte("world")), bytes.Index(b, []byte("")), bytes.Index(b, []byte("worlds")), bytes.Index(b, []byte("lo")))
	fmt.Println(bytes.Index([]byte("aaab"), []byte("aab")), bytes.Index(nil, nil), bytes.Index([]byte("ab"), []byte("abc")))
	fmt.Println(bytes.Equal(b, []byte("hello, world")), bytes.Equal(b, []byte("hello")), bytes.Equal(nil, []byte{}))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare([]byte("b"), []byte("a")), bytes.Compare([]byte("ab"), []byte("a")),
		bytes.Compare([]byte("a"), []byte("ab")), bytes.Compare(nil, nil), bytes.Compare([]byte{0xff}, []byte{0x01}))
	fmt.Println(bytes.Contains(b, []byte(", ")), bytes.Contains(b, []byte("x")), bytes.Contains(b, nil))
	fmt.Println(bytes.HasPrefix(b, []byte("hell")), bytes.HasPrefix(b, []byte("world")), bytes.HasPrefix(b, nil))
	fmt.Println(bytes.HasSuffix(b, []byte("world")), bytes.HasSuffix(b, []byte("hello")), bytes.HasSuffix([]byte("a"), []byte("ba")))
}
