// run

package main

import "fmt"

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("point(%d,%d)", p.x, p.y) }

func main() {
	p := point{3, 4}
	fmt.Println("value:", p)
	panic(p)
}
