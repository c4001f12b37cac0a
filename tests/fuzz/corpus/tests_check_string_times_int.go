// errorcheck

package main

func main() {
	s := "ab"
	_ = s * 3 // ERROR "invalid operation: s \* 3 \(mismatched types string and untyped int\)"
}
