// errorcheck

package main

func f() string {
	n := 1
	return n // ERROR "cannot use n \(variable of type int\) as type string in return statement"
}

func main() {
	f()
}
