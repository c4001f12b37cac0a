// errorcheck

package main

func f(xs ...int, s string) {} // ERROR "can only use ... with final parameter in list"

func main() {
}
