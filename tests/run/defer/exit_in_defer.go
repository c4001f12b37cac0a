// run

package main

import (
	"fmt"
	"os"
)

// os.Exit called by a deferred function while panicking: the program exits
// with that status and no panic report; older deferred calls do not run.

func main() {
	defer fmt.Println("older deferred call: must not run")
	defer func() {
		fmt.Println("deferred call exits, recover not called")
		os.Exit(4)
	}()
	fmt.Println("about to panic")
	panic("never reported")
}
