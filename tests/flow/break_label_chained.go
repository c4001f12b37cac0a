// errorcheck

package main

func main() {
	n := 0
outer:
inner:
	for n < 3 {
		n++
		if n == 1 {
			continue inner
		}
		break outer // ERROR "invalid break label outer"
	}
}
