// compile

package main

import "fmt"

var x = 1

func len(s string) int { return 42 } // shadows the builtin at package scope

func main() {
	x := x + 1 // the new x is initialized from the package-level x
	{
		x := "inner"
		_ = x
	}
	if x := 3.5; x > 1 {
		fmt.Println(x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		_ = x
	}
	true := false // predeclared identifiers can be shadowed
	fmt.Println(x, true, len("abc"))
	var fmt = "no longer a package"
	_ = fmt
}
