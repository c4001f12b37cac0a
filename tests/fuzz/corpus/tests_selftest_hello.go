// run
// args: one two

// Fixture for tests/run.py --selftest: arguments, stdout and stderr.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("args:", os.Args[1:])
	println("to stderr")
}
