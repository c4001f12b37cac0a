// run

package main

import "fmt"

func makeAccount(balance int) (deposit func(int), withdraw func(int) bool, get func() int) {
	deposit = func(n int) { balance += n }
	withdraw = func(n int) bool {
		if n > balance {
			return false
		}
		balance -= n
		return true
	}
	get = func() int { return balance }
	return
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	// closures share the captured variable, not a copy
	x := 1
	inc := func() { x++ }
	show := func() int { return x }
	inc()
	inc()
	fmt.Println(x, show())
	x = 100
	fmt.Println(show())
	// two closures over the same local from a factory
	dep, wd, get := makeAccount(10)
	dep(5)
	fmt.Println(get(), wd(20), wd(12), get())
	dep2, _, get2 := makeAccount(0)
	dep2(1)
	fmt.Println(get(), get2())
	// generators keep independent state
	f1, f2 := fibGen(), fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f1(), " ")
	}
	fmt.Println(f2(), f2())
	// closures capturing arrays and structs by reference
	arr := [3]int{1, 2, 3}
	bump := func() { arr[0] += 10 }
	bump()
	bump()
	fmt.Println(arr)
	type pt struct{ x, y int }
	p := pt{1, 1}
	move := func(dx int) { p.x += dx }
	move(4)
	fmt.Println(p)
	// a closure assigned to itself for recursion
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	// nested closures three levels deep
	level := 0
	outer := func() func() func() int {
		level++
		return func() func() int {
			level += 10
			return func() int {
				level += 100
				return level
			}
		}
	}
	fmt.Println(outer()()(), level)
	// a parameter captured by a closure
	adder := func(n int) func(int) int {
		return func(m int) int { n += m; return n }
	}
	a := adder(5)
	fmt.Println(a(1), a(1), a(10))
	// capturing a variable that is later reassigned
	msg := "before"
	say := func() string { return msg }
	msg = "after"
	fmt.Println(say())
}
