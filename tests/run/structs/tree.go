// run

package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Key         int
	Count       int
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k, Count: 1}
	}
	switch {
	case k < t.Key:
		t.Left = insert(t.Left, k)
	case k > t.Key:
		t.Right = insert(t.Right, k)
	default:
		t.Count++
	}
	return t
}

func (t *Tree) InOrder(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func (t *Tree) Contains(k int) bool {
	for t != nil {
		if k == t.Key {
			return true
		} else if k < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return false
}

func (t *Tree) print(sb *strings.Builder, depth int) {
	if t == nil {
		return
	}
	t.Right.print(sb, depth+1)
	fmt.Fprintf(sb, "%s%d(%d)\n", strings.Repeat("   ", depth), t.Key, t.Count)
	t.Left.print(sb, depth+1)
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30, 65, 20, 20, 85} {
		root = insert(root, k)
	}
	var keys []int
	root.InOrder(func(n *Tree) { keys = append(keys, n.Key) })
	fmt.Println(keys)
	root.InOrder(func(n *Tree) {
		if n.Count > 1 {
			fmt.Println("dup", n.Key, n.Count)
		}
	})
	fmt.Println("height", root.Height())
	for _, k := range []int{65, 66, 20, 0} {
		fmt.Println(k, root.Contains(k))
	}
	var sb strings.Builder
	root.print(&sb, 0)
	fmt.Print(sb.String())
	// degenerate tree from sorted input
	var chain *Tree
	for i := 0; i < 500; i++ {
		chain = insert(chain, i)
	}
	fmt.Println("chain height", chain.Height())
	total := 0
	chain.InOrder(func(n *Tree) { total += n.Key })
	fmt.Println("sum", total)
}
