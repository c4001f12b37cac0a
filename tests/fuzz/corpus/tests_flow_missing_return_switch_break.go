// errorcheck

package main

func pick(n int) int {
	switch n {
	case 0:
		if n == 0 {
			break
		}
		return 0
	default:
		return n
	}
} // ERROR "missing return"

func main() {
	println(pick(1))
}
