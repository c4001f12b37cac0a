// errorcheck

package main

// The key's comparability is known only once both types are defined.
type m map[k]int // ERROR "invalid map key type k"
type k [1]m

func main() {}
