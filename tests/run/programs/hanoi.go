// run

package main

import "fmt"

type peg struct {
	name  string
	disks []int
}

func (p *peg) push(d int) {
	if len(p.disks) > 0 && p.disks[len(p.disks)-1] < d {
		panic("illegal move")
	}
	p.disks = append(p.disks, d)
}

func (p *peg) pop() int {
	d := p.disks[len(p.disks)-1]
	p.disks = p.disks[:len(p.disks)-1]
	return d
}

var moves int

func move(n int, from, to, via *peg, verbose bool) {
	if n == 0 {
		return
	}
	move(n-1, from, via, to, verbose)
	d := from.pop()
	to.push(d)
	moves++
	if verbose {
		fmt.Printf("move disk %d from %s to %s\n", d, from.name, to.name)
	}
	move(n-1, via, to, from, verbose)
}

func main() {
	a, b, c := &peg{name: "A"}, &peg{name: "B"}, &peg{name: "C"}
	for d := 4; d >= 1; d-- {
		a.push(d)
	}
	move(4, a, c, b, true)
	fmt.Println(moves, a.disks, b.disks, c.disks)
	for n := 1; n <= 20; n++ {
		moves = 0
		x, y, z := &peg{name: "X"}, &peg{name: "Y"}, &peg{name: "Z"}
		for d := n; d >= 1; d-- {
			x.push(d)
		}
		move(n, x, z, y, false)
		fmt.Println(n, moves, moves == 1<<n-1, len(z.disks))
	}
}
