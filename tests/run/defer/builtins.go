// run

package main

import "fmt"

// Deferred builtins (println goes to stderr, which the golden captures too)
// and deferred methods like sync.WaitGroup's Done on a type of our own.

type waitGroup struct{ n int }

func (wg *waitGroup) Add(d int) { wg.n += d }
func (wg *waitGroup) Done()     { wg.Add(-1) }

func printlns() {
	x := 1
	defer println("deferred println, x was", x)
	defer print("deferred print ", x+1, "\n")
	x = 2
	println("body println, x is", x)
}

func deletes(m map[string]int) {
	defer delete(m, "a")
	k := "b"
	defer delete(m, k)
	k = "c"
	fmt.Println("inside:", len(m), m["a"], m["b"], m["c"])
}

func copies() {
	dst := make([]int, 3)
	src := []int{7, 8, 9}
	func() {
		defer copy(dst, src)
		src[0] = 70
		fmt.Println("before exit", dst)
	}()
	fmt.Println("after copy", dst)
}

func worker(id int, wg *waitGroup, out *[]int) {
	defer wg.Done()
	*out = append(*out, id*id)
}

func waits() {
	var wg waitGroup
	var out []int
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		worker(i, &wg, &out)
	}
	fmt.Println("waitGroup counter", wg.n, out)
	wg.Add(2)
	func() {
		defer wg.Done()
		defer wg.Done()
		fmt.Println("pending", wg.n)
	}()
	fmt.Println("done", wg.n)
}

func main() {
	printlns()
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	deletes(m)
	fmt.Println("after:", len(m), m)
	copies()
	waits()
}
