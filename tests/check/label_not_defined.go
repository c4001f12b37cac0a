// errorcheck

package main

func main() {
	for {
		break Outer // ERROR "break label not defined: Outer"
	}
}
