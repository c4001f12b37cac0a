// errorcheck

package main

func two() ([]int, []int) { return nil, nil }

func main() {
	var i int
	var s []int
	var b []byte
	var str string
	var fs []float64
	var a [3]int
	copy(i, s)    // ERROR "invalid argument: copy expects slice arguments; found i \(variable of type int\) and s \(variable of type \[\]int\)"
	copy(s, str)  // ERROR "invalid argument: arguments to copy s \(variable of type \[\]int\) and str \(variable of type string\) have different element types int and byte"
	copy(s, fs)   // ERROR "invalid argument: arguments to copy s \(variable of type \[\]int\) and fs \(variable of type \[\]float64\) have different element types int and float64"
	copy(str, b)  // ERROR "invalid argument: copy expects slice arguments; found str \(variable of type string\) and b \(variable of type \[\]byte\)"
	copy(s, a)    // ERROR "invalid argument: copy expects slice arguments; found s \(variable of type \[\]int\) and a \(variable of type \[3\]int\)"
	copy(s, nil)  // ERROR "invalid argument: copy expects slice arguments; found s \(variable of type \[\]int\) and nil"
	copy(s)       // ERROR "invalid operation: not enough arguments for copy\(s\) \(expected 2, found 1\)"
	copy(s, s, s) // ERROR "invalid operation: too many arguments for copy\(s, s, s\) \(expected 2, found 3\)"
	copy(b, str)
	copy(b, "abc")
	copy(two())
	n := copy(s, a[:])
	_ = n
}
