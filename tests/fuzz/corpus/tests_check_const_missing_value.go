// errorcheck

package main

const c int // ERROR "missing init expr for c"

func main() {
}
