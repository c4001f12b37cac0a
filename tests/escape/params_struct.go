// escape
package main

type node struct {
	val  int
	next *node
}

type pair struct {
	a, b *int
}

var gnode *node
var gint *int

func getNext(n node) *node {
	return n.next
}

func getA(p pair) *int {
	return p.a
}

func keepB(p pair) {
	gint = p.b
}

func keepNode(n *node) {
	gnode = n
}

func valOf(n *node) int {
	return n.val
}

func nextOf(n *node) *node {
	return n.next
}

func setNext(n, m *node) {
	n.next = m
}

func main() {
	x, y := 1, 2
	p := pair{&x, &y}
	q := getA(p)
	keepB(p)
	n1 := node{val: 1}
	n2 := node{val: 2, next: &n1}
	r := getNext(n2)
	n3 := &node{val: 3}
	keepNode(n3)
	n4 := &node{val: 4}
	n5 := &node{val: 5}
	setNext(n4, n5)
	println(*q, r.val, valOf(n4), nextOf(n4).val)
}
