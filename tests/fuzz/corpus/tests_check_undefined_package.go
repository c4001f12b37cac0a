// errorcheck

package main

func main() {
	fmt.Println("hi") // ERROR "undefined: fmt"
}
