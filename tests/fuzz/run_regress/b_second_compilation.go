// fuzz_run regression: escape analysis cached its interface{} type in a static
// variable made in the first compilation's arena; the next compilation in the
// same process used it after that arena was freed (a SEGV in the fuzzer). The
// replay compiles this file after a_utf8_decode_empty.go, in one process.
package main

import "fmt"

type T struct{ n int }

func main() {
	var xs []interface{}
	for i := 0; i < 3; i++ {
		xs = append(xs, T{i}, &T{i}, i)
	}
	fmt.Println(len(xs), xs[0], xs[2])
}
