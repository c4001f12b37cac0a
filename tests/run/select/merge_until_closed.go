// run

package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// A select loop merging several producers until all are closed, then a
// sorted report; the interleaving is not deterministic, the totals are.

func producer(name string, n int) <-chan string {
	c := make(chan string)
	go func() {
		defer close(c)
		for i := 0; i < n; i++ {
			c <- fmt.Sprintf("%s%d", name, i)
		}
	}()
	return c
}

func main() {
	a, b, c := producer("a", 5), producer("b", 3), producer("c", 7)
	var all []string
	open := 3
	for open > 0 {
		select {
		case s, ok := <-a:
			if !ok {
				a = nil
				open--
				continue
			}
			all = append(all, s)
		case s, ok := <-b:
			if !ok {
				b = nil
				open--
				continue
			}
			all = append(all, s)
		case s, ok := <-c:
			if !ok {
				c = nil
				open--
				continue
			}
			all = append(all, s)
		}
	}
	sort.Strings(all)
	fmt.Println(len(all), all)

	// Per-producer order is preserved even when interleaved.
	x, y := producer("x", 50), producer("y", 50)
	lastX, lastY := -1, -1
	okOrder := true
	for x != nil || y != nil {
		select {
		case s, ok := <-x:
			if !ok {
				x = nil
				break
			}
			var k int
			k, _ = strconv.Atoi(strings.TrimPrefix(s, "x"))
			okOrder = okOrder && k == lastX+1
			lastX = k
		case s, ok := <-y:
			if !ok {
				y = nil
				break
			}
			var k int
			k, _ = strconv.Atoi(strings.TrimPrefix(s, "y"))
			okOrder = okOrder && k == lastY+1
			lastY = k
		}
	}
	fmt.Println("order kept:", okOrder, lastX, lastY)
}
