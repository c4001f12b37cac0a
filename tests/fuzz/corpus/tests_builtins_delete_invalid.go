// errorcheck

package main

type K struct{ a, b int }

func main() {
	var i int
	var m map[string]int
	var mk map[K]bool
	var s []int
	delete(i, 1)        // ERROR "invalid argument: i \(variable of type int\) is not a map"
	delete(s, 0)        // ERROR "invalid argument: s \(variable of type \[\]int\) is not a map"
	delete(m, 1)        // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	delete(mk, "x")     // ERROR "cannot use .x. \(untyped string constant\) as K value in argument to delete"
	delete(mk, i)       // ERROR "cannot use i \(variable of type int\) as type K in argument to delete"
	delete(m)           // ERROR "invalid operation: not enough arguments for delete\(m\) \(expected 2, found 1\)"
	delete(m, "a", "b") // ERROR "invalid operation: too many arguments for delete\(m, .a., .b.\) \(expected 2, found 3\)"
	delete(nil, 1)      // ERROR "invalid argument: nil is not a map"
	delete(m, "a")
	delete(mk, K{1, 2})
	_ = delete(m, "b")  // ERROR "delete\(m, .b.\) \(no value\) used as value"
}
