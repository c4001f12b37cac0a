// run

package main

import "fmt"

func plain() {
	fmt.Println("recover outside any defer:", recover())
}

func deferredNormalReturn() (r interface{}, ran bool) {
	defer func() {
		r = recover()
		ran = true
	}()
	return "unchanged", false
}

func afterRecovered() {
	defer func() {
		// the panic was already recovered by the deferred call that ran first
		fmt.Println("second recover:", recover())
	}()
	defer func() {
		fmt.Println("first recover:", recover())
	}()
	panic("once")
}

func main() {
	plain()
	r, ran := deferredNormalReturn()
	fmt.Println("deferred recover during normal return:", r, ran)
	afterRecovered()
	defer func() {
		fmt.Println("main's deferred recover:", recover())
	}()
	fmt.Println("main ends")
}
