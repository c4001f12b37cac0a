// errorcheck

package main

func main() {
	m := map[string]int{}
	delete(m, 1) // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
}
