// run

package main

import "fmt"

type Stack struct{ data []int }

func (s *Stack) Push(v int) { s.data = append(s.data, v) }
func (s *Stack) Pop() int {
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v
}
func (s *Stack) Len() int { return len(s.data) }

func remove(s []int, i int) []int { return append(s[:i], s[i+1:]...) }

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func main() {
	st := &Stack{}
	for i := 1; i <= 5; i++ {
		st.Push(i * i)
	}
	for st.Len() > 0 {
		fmt.Print(st.Pop(), " ")
	}
	fmt.Println()
	// queue
	q := []string{}
	q = append(q, "a", "b", "c")
	for len(q) > 0 {
		head := q[0]
		q = q[1:]
		fmt.Print(head, len(q), cap(q), " ")
		if head == "a" {
			q = append(q, "d")
		}
	}
	fmt.Println()
	s := []int{0, 1, 2, 3, 4, 5}
	s = remove(s, 2)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, 0, -1)
	s = insert(s, 3, 33)
	s = insert(s, len(s), 99)
	fmt.Println(s)
	// filter in place
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	keep := nums[:0]
	for _, n := range nums {
		if n%3 != 0 {
			keep = append(keep, n)
		}
	}
	fmt.Println(keep, nums)
	// reverse in place
	for i, j := 0, len(keep)-1; i < j; i, j = i+1, j-1 {
		keep[i], keep[j] = keep[j], keep[i]
	}
	fmt.Println(keep)
	// balanced brackets with a rune stack
	for _, expr := range []string{"([]{})", "([)]", "((", "", "{[()()]}"} {
		var stack []rune
		ok := true
		for _, r := range expr {
			switch r {
			case '(', '[', '{':
				stack = append(stack, r)
			default:
				if len(stack) == 0 {
					ok = false
					break
				}
				top := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if (r == ')' && top != '(') || (r == ']' && top != '[') || (r == '}' && top != '{') {
					ok = false
				}
			}
		}
		fmt.Printf("%-10q %v\n", expr, ok && len(stack) == 0)
	}
	// RPN calculator
	rpn := &Stack{}
	for _, tok := range []string{"3", "4", "+", "2", "*", "7", "-"} {
		switch tok {
		case "+", "-", "*":
			b, a := rpn.Pop(), rpn.Pop()
			switch tok {
			case "+":
				rpn.Push(a + b)
			case "-":
				rpn.Push(a - b)
			case "*":
				rpn.Push(a * b)
			}
		default:
			rpn.Push(int(tok[0] - '0'))
		}
	}
	fmt.Println("rpn:", rpn.Pop())
}
