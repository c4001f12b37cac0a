// run

package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

// Tests run with standard input from /dev/null: everything sees EOF at once.
func main() {
	buf := make([]byte, 8)
	n, err := os.Stdin.Read(buf)
	fmt.Println("os.Stdin.Read:", n, err, err == io.EOF)
	n, err = os.Stdin.Read(nil)
	fmt.Println("empty Read:", n, err)

	sc := bufio.NewScanner(os.Stdin)
	lines := 0
	for sc.Scan() {
		lines++
	}
	fmt.Println("lines:", lines, "err:", sc.Err())

	r := bufio.NewReader(os.Stdin)
	s, err := r.ReadString('\n')
	fmt.Printf("ReadString: %q %v\n", s, err)

	// A closed descriptor reports an error, not EOF.
	f := os.NewFile(1000, "bogus")
	_, err = f.Read(buf)
	fmt.Println("bad fd:", err != nil && err != io.EOF)

	w := bufio.NewWriter(os.Stderr)
	fmt.Fprintln(w, "to stderr through bufio")
	w.Flush()
}
