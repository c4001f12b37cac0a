// run

package main

import "fmt"

type K struct {
	N int
	V interface{}
}

func main() {
	m := map[K]string{}
	m[K{1, "ok"}] = "a"
	fmt.Println(m)
	_, ok := m[K{2, func() {}}]
	fmt.Println("unreachable", ok)
}
