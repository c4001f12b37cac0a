// errorcheck

package main

func work() {}

func main() {
	go work // ERROR "expression in go must be function call"
}
