// errorcheck

package main

func main() {
L:
	for {
		break L
	}
	for {
		break L // ERROR "invalid break label L"
	}
}
