// run

package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head *Node
	size int
}

func (l *List) PushFront(v int) {
	l.head = &Node{v, l.head}
	l.size++
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	l.size++
	if l.head == nil {
		l.head = n
		return
	}
	cur := l.head
	for cur.Next != nil {
		cur = cur.Next
	}
	cur.Next = n
}

func (l *List) Reverse() {
	var prev *Node
	cur := l.head
	for cur != nil {
		next := cur.Next
		cur.Next = prev
		prev = cur
		cur = next
	}
	l.head = prev
}

func (l *List) Remove(v int) bool {
	pp := &l.head
	for *pp != nil {
		if (*pp).Val == v {
			*pp = (*pp).Next
			l.size--
			return true
		}
		pp = &(*pp).Next
	}
	return false
}

func (l List) String() string {
	s := "["
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			s += " -> "
		}
		s += fmt.Sprint(n.Val)
	}
	return s + "]"
}

func merge(a, b *Node) *Node {
	dummy := &Node{}
	tail := dummy
	for a != nil && b != nil {
		if a.Val <= b.Val {
			tail.Next, a = a, a.Next
		} else {
			tail.Next, b = b, b.Next
		}
		tail = tail.Next
	}
	if a != nil {
		tail.Next = a
	} else {
		tail.Next = b
	}
	return dummy.Next
}

func main() {
	var l List
	fmt.Println(l, l.size)
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(0)
	fmt.Println(l, l.size)
	l.Reverse()
	fmt.Println(l)
	fmt.Println(l.Remove(30), l.Remove(99), l.Remove(50), l.Remove(0))
	fmt.Println(l, l.size)
	var a, b List
	for _, v := range []int{1, 4, 7, 10} {
		a.PushBack(v)
	}
	for _, v := range []int{2, 3, 8, 11, 12} {
		b.PushBack(v)
	}
	m := List{head: merge(a.head, b.head)}
	fmt.Println(m)
	// cycle detection
	n1 := &Node{Val: 1}
	n2 := &Node{Val: 2}
	n3 := &Node{Val: 3}
	n1.Next, n2.Next, n3.Next = n2, n3, n2
	slow, fast := n1, n1
	cycle := false
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
		if slow == fast {
			cycle = true
			break
		}
	}
	fmt.Println("cycle:", cycle, slow.Val)
	// a long list
	var big List
	for i := 0; i < 10000; i++ {
		big.PushFront(i)
	}
	sum := 0
	for n := big.head; n != nil; n = n.Next {
		sum += n.Val
	}
	fmt.Println(big.size, sum)
	// removing every third element from a fresh list
	var l2 List
	for i := 1; i <= 20; i++ {
		l2.PushBack(i)
	}
	for i := 3; i <= 20; i += 3 {
		l2.Remove(i)
	}
	fmt.Println(l2, l2.size)
	l2.Reverse()
	fmt.Println(l2)
	// nodes are shared, not copied, between list headers
	alias := l2
	alias.head.Val = -1
	fmt.Println(l2.head.Val, alias.size == l2.size)
	alias.PushFront(99)
	fmt.Println(l2.head.Val, alias.head.Val, alias.head.Next == l2.head)
	// walk pairs
	for n := l2.head; n != nil && n.Next != nil; n = n.Next.Next {
		fmt.Print(n.Val+n.Next.Val, " ")
	}
	fmt.Println()
}
