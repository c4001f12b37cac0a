// errorcheck

package main

func init(n int) { // ERROR "func init must have no arguments and no return values"
}

func main() {
}
