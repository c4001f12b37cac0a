// errorcheck

package main

println("hi") // ERROR "syntax error: non-declaration statement outside function body"

func main() {
}
