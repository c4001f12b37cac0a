// errorcheck

package main

type T struct{}

(t T) M() {} // ERROR "syntax error: non-declaration statement outside function body"

func main() {
}
