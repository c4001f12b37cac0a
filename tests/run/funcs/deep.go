// run

package main

import "fmt"

func sumTo(n int) int {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

func depthWithLocals(n int) int {
	var buf [16]int
	for i := range buf {
		buf[i] = n + i
	}
	if n == 0 {
		return buf[15]
	}
	return depthWithLocals(n-1) + buf[0]%3
}

type node struct {
	next *node
	v    int
}

func build(n int) *node {
	if n == 0 {
		return nil
	}
	return &node{build(n - 1), n}
}

func length(l *node) int {
	if l == nil {
		return 0
	}
	return 1 + length(l.next)
}

func countDown(n int, acc []int) []int {
	if n == 0 {
		return acc
	}
	if n%25000 == 0 {
		acc = append(acc, n)
	}
	return countDown(n-1, acc)
}

func main() {
	fmt.Println(sumTo(100000))
	fmt.Println(sumTo(1000000))
	fmt.Println(depthWithLocals(100000))
	l := build(100000)
	fmt.Println(length(l), l.v, l.next.v)
	fmt.Println(countDown(200000, nil))
	var rec func(int) int
	rec = func(n int) int {
		if n <= 0 {
			return 0
		}
		return 1 + rec(n-1)
	}
	fmt.Println(rec(150000))
	// mutual recursion 100000 deep
	fmt.Println(even(100000), even(100001), odd(99999))
	// deep recursion building and then walking a result
	path := walk(0, 100000, nil)
	fmt.Println(len(path), path[:3], path[len(path)-3:])
	for _, n := range []int{10, 1000, 100000} {
		fmt.Println("chain depth", n, chain(n))
	}
}

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func walk(i, n int, acc []int) []int {
	if i == n {
		return acc
	}
	return walk(i+1, n, append(acc, i*i%1000))
}

func chain(n int) int {
	if n == 0 {
		return 1
	}
	return (chain(n-1)*3 + n) % 1000003
}
