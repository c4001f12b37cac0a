// run

package main

import "fmt"

type code int

func main() {
	fmt.Println("about to panic with a named int")
	panic(code(42))
}
