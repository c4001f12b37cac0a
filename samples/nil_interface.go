// run

// Two nils that are not equal (seed 003, §19): an interface holding a nil
// *int has a type, so it is not the nil interface. The builtin print
// writes to standard error, without spaces or a newline.
package main

func main() {
	var p *int = nil
	var i interface{} = p
	print(i == p)   // true
	print(p == nil) // true
	print(i == nil) // false
	println()
}
