// errorcheck

package main

func main() {
	var i, j, k int
	var s []int
	var c chan int
	for i, j, k = range s { // ERROR "range clause permits at most two iteration variables"
	}
	for i, j = range c { // ERROR "range over c \(variable of type chan int\) permits only one iteration variable"
	}
	for i, j, k = range c { // ERROR "range over c \(variable of type chan int\) permits only one iteration variable"
	}
	_, _, _ = i, j, k
}
