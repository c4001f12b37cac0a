// run

package main

type node struct{ name string }

func (n *node) String() string { return "node " + n.name }

func main() {
	panic(&node{"root"})
}
