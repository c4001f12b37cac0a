// run

package main

import "fmt"

var trace []string

func t(name string, v int) int {
	trace = append(trace, name)
	return v
}

func idx(name string, v int) int {
	trace = append(trace, "idx:"+name)
	return v
}

func three(a, b, c int) int { return a*100 + b*10 + c }

func flush() {
	fmt.Println(trace)
	trace = nil
}

func main() {
	r := three(t("a", 1), t("b", 2), t("c", 3))
	fmt.Println(r)
	flush()
	x := t("x", 1) + t("y", 2)*t("z", 3)
	fmt.Println(x)
	flush()
	s := []int{0, 0, 0}
	s[idx("lhs", 1)] = t("rhs", 7)
	fmt.Println(s)
	flush()
	a, b := t("first", 1), t("second", 2)
	fmt.Println(a, b)
	flush()
	// swap semantics: right side evaluated before assigning
	i := 0
	arr := []int{10, 20, 30}
	i, arr[i] = 2, 99
	fmt.Println(i, arr)
	p, q := 1, 2
	p, q = q, p
	fmt.Println(p, q)
	v := []int{1, 2, 3}
	v[0], v[1], v[2] = v[2], v[0], v[1]
	fmt.Println(v)
	// short-circuit evaluation
	_ = t("and1", 0) == 1 && t("and2", 0) == 0
	_ = t("or1", 1) == 1 || t("or2", 0) == 0
	_ = t("and3", 1) == 1 && t("and4", 0) == 0
	flush()
	// composite literal element order
	lit := []int{t("e0", 0), t("e1", 1), t("e2", 2)}
	fmt.Println(lit)
	flush()
	// method receiver and args
	type acc struct{ n int }
	ac := &acc{}
	get := func(name string) *acc { trace = append(trace, name); return ac }
	get("recv").n = t("val", 5)
	fmt.Println(ac.n)
	flush()
	// op-assign evaluates index once
	cnt := 0
	next := func() int { cnt++; return 0 }
	arr2 := []int{5}
	arr2[next()] += 10
	arr2[next()]++
	fmt.Println(arr2, cnt)
	fmt.Println(t("p1", 1), t("p2", 2), t("p3", 3))
	flush()
}
