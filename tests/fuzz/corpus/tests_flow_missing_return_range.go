// errorcheck

package main

func first(s []int) int {
	for _, v := range s {
		return v
	}
} // ERROR "missing return"

func main() {
	println(first(nil))
}
