// run

package main

import "fmt"

// A deferred call panics while the function returns normally; a deferred
// recover in the caller catches it, and the caller returns its named result.

func closes(name string) {
	defer func() {
		panic("close failed: " + name)
	}()
	fmt.Println("using", name)
}

func run() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("run: %v", r)
		}
	}()
	closes("file1")
	return nil
}

func main() {
	fmt.Println(run())
}
