// errorcheck

package main

func helper() {}

import "fmt" // ERROR "syntax error: non-declaration statement outside function body"

func main() {
	fmt.Println()
}
