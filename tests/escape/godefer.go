// escape
package main

import "sync"

var wg sync.WaitGroup

func work(p *int) {
	*p++
	wg.Done()
}

func plain() {
	wg.Done()
}

func goStmt() {
	x := 0
	wg.Add(2)
	go work(&x)
	go plain()
	wg.Wait()
}

func deferTop() (r int) {
	x := 1
	defer func() { r = x }()
	defer println("top", x)
	return 0
}

func deferArg() int {
	y := 2
	defer inc(&y)
	return y
}

func inc(p *int) { *p++ }

func deferLoop() int {
	s := 0
	for i := 0; i < 3; i++ {
		defer func() { s++ }()
		z := i
		defer inc(&z)
	}
	return s
}

func deferMethod() {
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
}

func main() {
	goStmt()
	println(deferTop(), deferArg(), deferLoop())
	deferMethod()
}
