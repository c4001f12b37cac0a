// errorcheck

package main

func main() {
	var s string
	var m map[int]bool
	var i int
	var a [4]int
	var sl []int
	var ch chan int
	var pa *[4]int
	_ = cap(s)     // ERROR "invalid argument: s \(variable of type string\) for cap"
	_ = cap("abc") // ERROR "invalid argument: .abc. \(untyped string constant\) for cap"
	_ = cap(m)     // ERROR "invalid argument: m \(variable of type map\[int\]bool\) for cap"
	_ = cap(i)     // ERROR "invalid argument: i \(variable of type int\) for cap"
	_ = cap(&sl)   // ERROR "invalid argument: &sl \(value of type \*\[\]int\) for cap"
	_ = cap(a) + cap(sl) + cap(ch) + cap(pa)
	_ = cap()      // ERROR "invalid operation: not enough arguments for cap\(\) \(expected 1, found 0\)"
	_ = cap(sl, a) // ERROR "invalid operation: too many arguments for cap\(sl, a\) \(expected 1, found 2\)"
}
