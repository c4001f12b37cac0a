// errorcheck

package main

func main() {
}

func main() { // ERROR "main redeclared in this block"
}
