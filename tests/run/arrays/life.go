// run

package main

import "fmt"

const N = 10

type Grid [N][N]bool

func (g *Grid) neighbours(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+N)%N, (c+dc+N)%N
			if g[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (g Grid) step() Grid {
	var next Grid
	for r := 0; r < N; r++ {
		for c := 0; c < N; c++ {
			n := g.neighbours(r, c)
			next[r][c] = n == 3 || (n == 2 && g[r][c])
		}
	}
	return next
}

func (g Grid) String() string {
	s := ""
	for _, row := range g {
		for _, cell := range row {
			if cell {
				s += "#"
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

func main() {
	var g Grid
	glider := [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}}
	for _, p := range glider {
		g[p[0]][p[1]] = true
	}
	g[6][6], g[6][7], g[6][8] = true, true, true
	for gen := 0; gen < 4; gen++ {
		fmt.Println("gen", gen)
		fmt.Print(g)
		g = g.step()
	}
	alive := 0
	for i := 0; i < 40; i++ {
		g = g.step()
	}
	for _, row := range g {
		for _, c := range row {
			if c {
				alive++
			}
		}
	}
	fmt.Println("alive after 44:", alive)
}
