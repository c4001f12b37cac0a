// errorcheck

package main

func main() {
	n := 0
Outer:
	for n < 3 {
	Inner: // ERROR "label Inner defined and not used"
		{
			n++
			continue Outer
		}
	}
	if n > 0 {
	Again: // ERROR "label Again defined and not used"
		n--
	}
	println(n)
}
