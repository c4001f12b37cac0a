// run
// args: -n 2 -bogus rest

package main

import (
	"flag"
	"fmt"
)

// ExitOnError on the command line: an undefined flag prints the error and
// Usage to standard error and exits with status 2.

func main() {
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "Usage of prog:")
		flag.PrintDefaults()
	}
	n := flag.Int("n", 1, "a number")
	flag.String("s", "dflt", "a string")
	defer fmt.Println("deferred calls do not run")
	flag.Parse()
	fmt.Println("not reached", *n)
}
