// errorcheck

package main

func none()              {}
func two() (int, string) { return 0, "" }

func main() {
	defer func() {
		panic()         // ERROR "invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)"
	}()
	panic(1, 2)         // ERROR "invalid operation: too many arguments for panic\(1, 2\) \(expected 1, found 2\)"
	panic(none())       // ERROR "none\(\) \(no value\) used as value"
	panic(two())        // ERROR "invalid operation: too many arguments for panic\(two\(\)\) \(expected 1, found 2\)"
	panic(1 << 70)      // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in argument to panic \(overflows\)"
	_ = panic("x")      // ERROR "panic\(.x.\) \(no value\) used as value"
	panic(nil)
}
