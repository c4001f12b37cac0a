// errorcheck

package main

func main() {
	var v interface{}
	switch t = v.(type) { // ERROR "syntax error: cannot use assignment \(t\) = \(v.\(type\)\) as value"
	}
}
