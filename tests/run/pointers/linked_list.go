// run

package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type List struct {
	head, tail *Node
	size       int
}

func (l *List) PushBack(v int) {
	n := &Node{Val: v}
	if l.tail == nil {
		l.head, l.tail = n, n
	} else {
		l.tail.Next = n
		l.tail = n
	}
	l.size++
}

func (l *List) PushFront(v int) {
	l.head = &Node{v, l.head}
	if l.tail == nil {
		l.tail = l.head
	}
	l.size++
}

func (l *List) Remove(v int) bool {
	for pp := &l.head; *pp != nil; pp = &(*pp).Next {
		if (*pp).Val == v {
			if *pp == l.tail {
				l.tail = nil
				if pp != &l.head {
					// find new tail
					for n := l.head; n != nil; n = n.Next {
						if n.Next == *pp {
							l.tail = n
						}
					}
				}
			}
			*pp = (*pp).Next
			l.size--
			return true
		}
	}
	return false
}

func (l *List) Reverse() {
	var prev *Node
	l.tail = l.head
	for n := l.head; n != nil; {
		next := n.Next
		n.Next = prev
		prev, n = n, next
	}
	l.head = prev
}

func (l List) String() string {
	s := "["
	for n := l.head; n != nil; n = n.Next {
		if n != l.head {
			s += " "
		}
		s += fmt.Sprint(n.Val)
	}
	return s + "]"
}

func main() {
	var l List
	for i := 1; i <= 5; i++ {
		l.PushBack(i * 10)
	}
	l.PushFront(0)
	fmt.Println(l.String(), l.size)
	for _, v := range []int{0, 30, 50, 99} {
		fmt.Println("remove", v, l.Remove(v), l.String(), l.size)
	}
	l.PushBack(60)
	fmt.Println(l.String(), l.tail.Val)
	l.Reverse()
	fmt.Println(l.String(), l.head.Val, l.tail.Val)
	// cycle detection with two pointers
	c := &List{}
	for i := 0; i < 7; i++ {
		c.PushBack(i)
	}
	c.tail.Next = c.head.Next.Next
	slow, fast := c.head, c.head
	steps := 0
	for fast != nil && fast.Next != nil {
		slow, fast = slow.Next, fast.Next.Next
		steps++
		if slow == fast {
			break
		}
	}
	fmt.Println("cycle met after", steps, "at", slow.Val)
	// a long list
	var big List
	for i := 0; i < 100000; i++ {
		big.PushFront(i)
	}
	sum := 0
	for n := big.head; n != nil; n = n.Next {
		sum += n.Val
	}
	fmt.Println(big.size, sum)
}
