// run

// An unrecovered ErrTooLarge: Buffer.Grow past what its capacity can double
// into panics with bytes.ErrTooLarge and the program exits with status 2.

package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.WriteString("some data")
	fmt.Println("growing", b.Len(), b.Cap())
	b.Grow(int(^uint(0) >> 1))
	fmt.Println("not reached")
}
