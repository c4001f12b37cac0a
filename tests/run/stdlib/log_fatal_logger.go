// run

// Logger.Fatalln writes to the logger's own output (stdout here), then exits 1.

package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "L ", log.Lmsgprefix)
	l.Println("still running")
	l.Fatalln("fatal", "error:", fmt.Errorf("wrapped: %w", os.ErrNotExist) != nil)
	fmt.Println("after: must not print")
}
