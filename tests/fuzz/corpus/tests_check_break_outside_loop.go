// errorcheck

package main

func main() {
	if true {
		break // ERROR "break is not in a loop, switch, or select"
	}
}
