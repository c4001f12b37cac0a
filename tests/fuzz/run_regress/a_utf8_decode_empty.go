// fuzz_run regression: utf8's decode of an empty slice or string computed
// NULL + 0 (UBSan, clang's pointer-overflow check), stdlib/native_utf8.c.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	fmt.Println(utf8.DecodeRune(nil))
	fmt.Println(utf8.DecodeRuneInString(""))
	fmt.Println(utf8.DecodeLastRune(nil))
	fmt.Println(utf8.DecodeLastRuneInString(""))
}
