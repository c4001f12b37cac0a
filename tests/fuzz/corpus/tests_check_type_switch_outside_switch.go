// errorcheck

package main

func main() {
	var v interface{} = 1
	println(v)
	t := v.(type) // ERROR "use of .\(type\) outside type switch"
	_ = t
}
