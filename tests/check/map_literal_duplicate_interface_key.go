// errorcheck

package main

type S string

// With interface keys, a duplicate has the same value and the same type.
var _ = map[interface{}]int{2: 1, 2: 1}                 // ERROR "duplicate key 2 in map literal"
var _ = map[interface{}]int{int16(2): 1, int16(2): 1}   // ERROR "duplicate key 2 in map literal"
var _ = map[interface{}]int{"a": 1, "a": 1}             // ERROR "duplicate key \"a\" in map literal"
var _ = map[interface{}]int{S("a"): 1, S("a"): 1}       // ERROR "duplicate key \"a\" in map literal"
var _ = map[interface{}]int{2: 1, int16(2): 1, 2.0: 1}  // different types: no duplicate
var _ = map[interface{}]int{"a": 1, S("a"): 1}          // different types: no duplicate

func main() {}
