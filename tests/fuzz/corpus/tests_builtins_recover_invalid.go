// errorcheck

package main

func main() {
	var x int = recover()  // ERROR "cannot use recover\(\) \(value of type interface{}\) as type int in variable declaration"
	_ = recover(1)         // ERROR "invalid operation: too many arguments for recover\(1\) \(expected 0, found 1\)"
	_ = recover(nil, nil)  // ERROR "invalid operation: too many arguments for recover\(nil, nil\) \(expected 0, found 2\)"
	var s string = recover().(string)
	r := recover()
	r.Foo()                // ERROR "r.Foo undefined \(type interface{} has no field or method Foo\)"
	_, _ = x, s
	recover()
}
