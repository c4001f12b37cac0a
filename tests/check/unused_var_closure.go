// errorcheck

package main

func main() {
	f := func() {
		y := 2 // ERROR "y declared but not used"
	}
	f()
}
