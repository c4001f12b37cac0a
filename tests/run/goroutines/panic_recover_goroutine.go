// run

package main

import (
	"errors"
	"fmt"
	"sort"
)

// A panic in a goroutine can be recovered by a deferred call in that same
// goroutine; the rest of the program is unaffected.

func safeGo(id int, f func(), out chan<- string) {
	go func() {
		defer func() {
			if r := recover(); r != nil {
				out <- fmt.Sprintf("worker %d recovered: %v", id, r)
				return
			}
			out <- fmt.Sprintf("worker %d ok", id)
		}()
		f()
	}()
}

func main() {
	out := make(chan string)
	var m map[string]int
	var a []int
	safeGo(1, func() { panic("plain string") }, out)
	safeGo(2, func() { m["x"] = 1 }, out)
	safeGo(3, func() { _ = a[5] }, out)
	safeGo(4, func() { panic(errors.New("an error value")) }, out)
	safeGo(5, func() {}, out)
	safeGo(6, func() { panic(fmt.Sprintf("formatted %d", 6)) }, out)

	var lines []string
	for i := 0; i < 6; i++ {
		lines = append(lines, <-out)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
