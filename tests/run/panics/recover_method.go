// run

package main

import "fmt"

// recover called directly by deferred methods, method values, interface
// methods and closures returned by other functions.

type guard struct{ name string }

func (g guard) catch() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "caught", r)
	}
}

func (g *guard) catchPtr() {
	if r := recover(); r != nil {
		fmt.Println(g.name, "caught via pointer", r)
	}
}

type catcher interface{ catch() }

func makeCatcher(tag string) func() {
	fmt.Println("makeCatcher runs at the defer statement:", tag)
	return func() {
		fmt.Println(tag, "closure caught", recover())
	}
}

func viaMethod() {
	g := guard{"method"}
	defer g.catch()
	panic(1)
}

func viaPtrMethod() {
	g := &guard{"ptr"}
	defer g.catchPtr()
	panic(2)
}

func viaMethodValue() {
	f := guard{"method value"}.catch
	defer f()
	panic(3)
}

func viaInterface() {
	var c catcher = guard{"interface"}
	defer c.catch()
	panic(4)
}

func viaMethodExpr() {
	defer guard.catch(guard{"method expression"})
	panic(5)
}

func viaReturnedClosure() {
	defer makeCatcher("returned")()
	panic(6)
}

func main() {
	viaMethod()
	viaPtrMethod()
	viaMethodValue()
	viaInterface()
	viaMethodExpr()
	viaReturnedClosure()
	fmt.Println("all recovered")
}
