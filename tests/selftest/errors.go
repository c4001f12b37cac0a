// errorcheck

// Fixture for tests/run.py --selftest: two ERROR lines, the second with two errors.
package main

func main() {
	var ok int = 1
	var x int = "one" // ERROR "cannot use .one. \(untyped string constant\) as int value"
	_ = missing + alsoMissing // ERROR "undefined: missing" `undefined: alsoMissing`
	_, _ = ok, x
}
