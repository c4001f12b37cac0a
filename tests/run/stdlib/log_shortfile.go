// run

// log's Lshortfile flag: the file:line of the caller, for the Logger methods,
// the package functions, Output with a larger calldepth, and with Lmsgprefix.

package main

import (
	"log"
	"os"
)

var l = log.New(os.Stdout, "pfx ", log.Lshortfile)

// helper logs on behalf of its caller: calldepth 2 reports the caller's line.
func helper(msg string) {
	l.Output(2, msg)
}

func main() {
	l.Print("print")
	l.Printf("printf %d", 1)
	l.Println("println")
	helper("via helper")
	l.Output(1, "Output(1)")
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Print("msgprefix")
	func() {
		l.Print("in a closure")
	}()

	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Print("std print")
	log.Println("std println")
	log.Output(1, "std Output(1)")
	log.Default().Printf("std via Default")
	defer func() {
		r := recover()
		log.Print("recovered: ", r)
	}()
	log.Panicf("panic %s", "now")
}
