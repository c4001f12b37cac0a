// errorcheck

package main

func init() int { // ERROR "func init must have no arguments and no return values"
	return 0
}

func main() {
}
