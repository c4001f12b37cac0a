// run

package main

import (
	"fmt"
	"io"
	"strings"
)

func main() {
	// *strings.Reader in an interface: its whole method set is reachable
	var r io.Reader = strings.NewReader("hello")
	buf := make([]byte, 3)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	fmt.Printf("%T\n", r)
	_, isWriterTo := r.(io.WriterTo)
	fmt.Println(isWriterTo)
}
