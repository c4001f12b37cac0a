// run

package main

import "fmt"

type Matrix [2][2]int

type Node struct {
	val      int
	children []*Node
}

func (n *Node) Add(v int) *Node {
	c := &Node{val: v}
	n.children = append(n.children, c)
	return c
}

func (n *Node) Sum() int {
	if n == nil {
		return 0
	}
	s := n.val
	for _, c := range n.children {
		s += c.Sum()
	}
	return s
}

func (n *Node) Depth() int {
	d := 0
	for _, c := range n.children {
		if cd := c.Depth(); cd > d {
			d = cd
		}
	}
	return d + 1
}

func main() {
	m := new(Matrix)
	m[0][0], m[1][1] = 1, 1
	fmt.Println(*m)
	m2 := &Matrix{{1, 2}, {3, 4}}
	fmt.Println(*m2, m2[1][0])
	root := &Node{val: 1}
	a := root.Add(2)
	b := root.Add(3)
	a.Add(4).Add(5)
	b.Add(6)
	b.Add(7).Add(8).Add(9)
	fmt.Println(root.Sum(), root.Depth(), len(root.children))
	var nilNode *Node
	fmt.Println(nilNode.Sum())
	pi := new(interface{})
	fmt.Println(*pi == nil)
	*pi = 3
	fmt.Println(*pi)
	pf := new(func(int) int)
	fmt.Println(*pf == nil)
	*pf = func(x int) int { return x * 3 }
	fmt.Println((*pf)(14))
	ps := new(struct {
		a int
		b []string
	})
	ps.b = append(ps.b, "x")
	fmt.Println(ps.a, ps.b)
	ppi := new(*int)
	fmt.Println(*ppi == nil)
	v := 8
	*ppi = &v
	**ppi += 1
	fmt.Println(v)
	pc := new(complex128)
	*pc = 1 + 1i
	*pc *= *pc
	fmt.Println(*pc)
	pr := new(rune)
	*pr = 'A' + 2
	fmt.Println(string(*pr))
}
