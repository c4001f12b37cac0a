// errorcheck

package main

func main() {
	println("hi")
}
} // ERROR "syntax error: non-declaration statement outside function body"
