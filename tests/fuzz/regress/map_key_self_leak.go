// A map type whose key is the type being declared waits in Checker.later_maps
// until the key's underlying type is known; checker_free leaked that vector.

package main

type F map[F]int

func main() {}
