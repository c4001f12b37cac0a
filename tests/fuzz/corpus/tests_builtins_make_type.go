// errorcheck

package main

type T struct{}

type S []int

func main() {
	var x int
	_ = make(int)          // ERROR "invalid argument: cannot make int; type must be slice, map, or channel"
	_ = make(T)            // ERROR "invalid argument: cannot make T; type must be slice, map, or channel"
	_ = make(*[]int)       // ERROR "invalid argument: cannot make \*\[\]int; type must be slice, map, or channel"
	_ = make([3]int, 3)    // ERROR "invalid argument: cannot make \[3\]int; type must be slice, map, or channel"
	_ = make(x, 1)         // ERROR "x \(variable of type int\) is not a type"
	_ = make(Undefined, 1) // ERROR "undefined: Undefined"
	_ = make(S, 1)
	_ = make(map[string]int)
	_ = make(chan int)
}
