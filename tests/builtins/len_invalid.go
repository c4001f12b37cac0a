// errorcheck

package main

type T struct{ a [3]int }

func f() {}

func main() {
	var i int
	var t T
	var ps *[]int
	var fn func()
	var ip *int
	_ = len(i)    // ERROR "invalid argument: i \(variable of type int\) for len"
	_ = len(t)    // ERROR "invalid argument: t \(variable of type T\) for len"
	_ = len(ps)   // ERROR "invalid argument: ps \(variable of type \*\[\]int\) for len"
	_ = len(fn)   // ERROR "invalid argument: fn \(variable of type func\(\)\) for len"
	_ = len(ip)   // ERROR "invalid argument: ip \(variable of type \*int\) for len"
	_ = len(1)    // ERROR "invalid argument: 1 \(untyped int constant\) for len"
	_ = len(nil)  // ERROR "invalid argument: nil for len"
	_ = len(f())  // ERROR "f\(\) \(no value\) used as value"
	_ = len(t.a)
	_ = len(undefined) // ERROR "undefined: undefined"
}
