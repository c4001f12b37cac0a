// errorcheck

package main

func two() (int, int) { return 1, 2 }

func main() {
	println(two() + 1) // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
}
