// run
// args: -v -help -n 3

package main

import (
	"flag"
	"fmt"
	"os"
)

// -help on an ExitOnError FlagSet prints the default usage (with the set's
// name) and exits with status 0.

func main() {
	fs := flag.NewFlagSet("helper", flag.ExitOnError)
	fs.SetOutput(os.Stdout)
	v := fs.Bool("v", false, "verbose")
	fs.Int("n", 0, "number of `runs`")
	fs.Parse(os.Args[1:])
	fmt.Println("not reached", *v)
}
