// errorcheck

package main

type T struct{}

type Ints []int

func main() {
	var i int
	var str string
	var m map[string]int
	var t T
	var p *[]int
	_ = append(i, 1)     // ERROR "first argument to append must be a slice; have i \(variable of type int\)"
	_ = append(nil, 1)   // ERROR "first argument to append must be a slice; have untyped nil"
	_ = append(str, 'a') // ERROR "first argument to append must be a slice; have str \(variable of type string\)"
	_ = append(m)        // ERROR "first argument to append must be a slice; have m \(variable of type map\[string\]int\)"
	_ = append(t)        // ERROR "first argument to append must be a slice; have t \(variable of type T\)"
	_ = append(1, 2)     // ERROR "first argument to append must be a slice; have 1 \(untyped int constant\)"
	_ = append(p, 1)     // ERROR "first argument to append must be a slice; have p \(variable of type \*\[\]int\)"
	_ = append()         // ERROR "invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)"
	_ = append(Ints{}, 1)
}
