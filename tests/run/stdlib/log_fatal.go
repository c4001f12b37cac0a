// run

// log.Fatalf prints through the standard logger (stderr) and exits with status 1;
// deferred functions do not run.

package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred: must not print")
	log.SetFlags(0)
	log.SetPrefix("fatal: ")
	fmt.Println("before")
	log.Fatalf("giving up after %d tries", 3)
	fmt.Println("after: must not print")
}
