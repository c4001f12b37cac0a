// run

package main

import "fmt"

// A panic unwinds several frames; each frame's deferred calls run, and the
// frame whose deferred call recovers returns normally to its caller.

var log []string

func note(s string) { log = append(log, s) }

func level3() {
	defer note("level3 defer")
	var m map[int]bool
	m[3] = true
	note("level3 unreachable")
}

func level2() {
	defer note("level2 defer A")
	defer func() {
		note("level2 defer B, not recovering")
	}()
	level3()
	note("level2 unreachable")
}

func level1() (res string) {
	defer func() {
		if r := recover(); r != nil {
			note(fmt.Sprint("level1 recovered: ", r))
			res = "level1 result"
		}
	}()
	defer note("level1 defer before recover")
	level2()
	return "level1 unreachable"
}

func main() {
	res := level1()
	note("main got " + res)
	for _, l := range log {
		fmt.Println(l)
	}
}
