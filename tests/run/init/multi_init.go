// run

package main

import "fmt"

var log []string

func record(s string) int {
	log = append(log, s)
	return len(log)
}

var first = record("var first")

func init() {
	record("init 1")
}

var second = record("var second")

func init() {
	record("init 2")
	counter *= 2
}

var counter = record("var counter") * 10

func init() {
	record(fmt.Sprint("init 3 counter=", counter))
}

func main() {
	record("main")
	for i, l := range log {
		fmt.Println(i, l)
	}
	fmt.Println(first, second, counter)
}
