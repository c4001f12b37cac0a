// run

// An unrecovered log.Panicln: the message is logged to stderr, then the program
// panics with the same string (a trailing newline included) and exits 2.

package main

import "log"

func main() {
	log.SetFlags(0)
	log.Panicln("out of", "cheese")
}
