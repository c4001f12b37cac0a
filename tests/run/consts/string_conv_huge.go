// run

package main

import "fmt"

// Integer constants converted to string: code points, and values no rune
// can hold (even beyond int64) become U+FFFD.

func main() {
	const a = string(65)
	const huge = string(1 << 100)
	const neg = string(-1)
	const surrogate = string(0xD800)
	fmt.Printf("%q %q %q %q\n", a, huge, neg, surrogate)
	fmt.Println(len(huge), huge == "\uFFFD")
}
