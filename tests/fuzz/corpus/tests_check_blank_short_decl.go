// errorcheck

package main

func main() {
	_ := 1 // ERROR "no new variables on left side of :="
}
