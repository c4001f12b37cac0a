// errorcheck

package main

func main() {
	f := func() {
		return 1 // ERROR "too many return values"
	}
	f()
}
