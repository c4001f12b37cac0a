// run

package main

import "fmt"

type Reader interface{ Read() string }
type ReadCloser interface {
	Read() string
	Close()
}

type File struct{}

func (File) Read() string { return "data" }

func main() {
	var r Reader = File{}
	fmt.Println(r.Read())
	rc := r.(ReadCloser)
	rc.Close()
}
