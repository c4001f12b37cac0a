// errorcheck

package main

import "fmt"

func main() {
	fmt.Println()
	x := fmt // ERROR "use of package fmt not in selector"
	_ = x
}
