// run

package main

import "fmt"

type grid [3][3]int

func (g *grid) set(r, c, v int) {
	g[r][c] = v
}

func main() {
	var g grid
	for i := 0; i < 4; i++ {
		g.set(i, i, i+1)
		fmt.Println(g)
	}
}
