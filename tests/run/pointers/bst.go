// run

package main

import "fmt"

type Tree struct {
	Key         int
	Left, Right *Tree
}

func insert(t *Tree, k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = insert(t.Left, k)
	} else if k > t.Key {
		t.Right = insert(t.Right, k)
	}
	return t
}

// insertIter inserts through a pointer to the link to change.
func insertIter(root **Tree, k int) {
	p := root
	for *p != nil {
		if k < (*p).Key {
			p = &(*p).Left
		} else if k > (*p).Key {
			p = &(*p).Right
		} else {
			return
		}
	}
	*p = &Tree{Key: k}
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Key)
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
		switch {
		case k < t.Key:
			t = t.Left
		case k > t.Key:
			t = t.Right
		default:
			return true
		}
	}
	return false
}

func remove(t *Tree, k int) *Tree {
	if t == nil {
		return nil
	}
	switch {
	case k < t.Key:
		t.Left = remove(t.Left, k)
	case k > t.Key:
		t.Right = remove(t.Right, k)
	default:
		if t.Left == nil {
			return t.Right
		}
		if t.Right == nil {
			return t.Left
		}
		m := t.Right
		for m.Left != nil {
			m = m.Left
		}
		t.Key = m.Key
		t.Right = remove(t.Right, m.Key)
	}
	return t
}

func main() {
	var root *Tree
	keys := []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30}
	for _, k := range keys {
		root = insert(root, k)
	}
	print := func() {
		var out []int
		root.InOrder(func(k int) { out = append(out, k) })
		fmt.Println(out, "height", root.Height())
	}
	print()
	for _, k := range []int{35, 36, 80, 10} {
		fmt.Println(k, root.Contains(k))
	}
	for _, k := range []int{20, 30, 50, 99} {
		root = remove(root, k)
		print()
	}
	var r2 *Tree
	x := uint32(12345)
	for i := 0; i < 2000; i++ {
		x = x*1103515245 + 12345
		insertIter(&r2, int(x>>16)%1000)
	}
	count, sum := 0, 0
	prev := -1
	sorted := true
	r2.InOrder(func(k int) {
		count++
		sum += k
		if k <= prev {
			sorted = false
		}
		prev = k
	})
	fmt.Println(count, sum, sorted, r2.Height())
}
