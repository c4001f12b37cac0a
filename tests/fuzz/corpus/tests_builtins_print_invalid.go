// errorcheck

package main

func none()              {}
func two() (int, string) { return 0, "" }

func main() {
	print(nil)              // ERROR "use of untyped nil in argument to print"
	println(1, nil)         // ERROR "use of untyped nil in argument to println"
	print(none())           // ERROR "none\(\) \(no value\) used as value"
	println(1 << 70)        // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in argument to println \(overflows\)"
	print(int)              // ERROR "int \(type\) is not an expression"
	println(len)            // ERROR "len \(built-in\) must be called"
	println(two(), 1)       // ERROR "multiple-value two\(\) \(value of type \(int, string\)\) in single-value context"
	x := println("a")       // ERROR "println\(.a.\) \(no value\) used as value"
	print(1, 2.5, "s", 'r', true, 1i, two)
	println(two())
	println()
	_ = x
}
